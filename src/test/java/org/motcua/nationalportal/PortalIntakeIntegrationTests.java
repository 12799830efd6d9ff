package org.motcua.nationalportal;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierLine;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierWork;
import org.motcua.nationalportal.CatalogDifference.Change;
import org.motcua.nationalportal.CatalogDifference.Item;
import org.motcua.nationalportal.PortalIntake.IntakeReport;
import org.motcua.shared.AgencyCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dossiers filed on the portal land once each in the desk's online queue (and go back to
 * the portal through the outbox); the portal's catalog is compared with this one.
 */
@SpringBootTest
class PortalIntakeIntegrationTests {

	@Autowired
	PortalIntake intake;

	@Autowired
	PortalSimulator simulator;

	@Autowired
	DossierWork dossiers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PortalOutbox outbox;

	@Autowired
	CatalogComparison comparison;

	@Test
	void takesInEachPortalDossierOnceIntoTheDeskQueue() {
		long seed = System.nanoTime();
		System.out.println("PortalIntakeIntegrationTests seed " + seed);
		String id = String.format("0381%08d", new Random(seed).nextInt(100_000_000));
		String portalCode = "G22.99.1-" + PortalEvents.newScope() + "A";
		String badCode = "G22.99.1-" + PortalEvents.newScope() + "B";
		this.simulator.file(new InboundDossier(portalCode, "1.001193", "000.20.01.H99", "PERSON", "PERSONAL_ID", id,
				"Phạm Thị Thu", "19970105", "0912000333", null, "Xã Đông Sơn", List.of("TKKS", "GCS")));
		this.simulator.file(new InboundDossier(badCode, "9.999999", "000.20.01.H99", "PERSON", "PERSONAL_ID", id,
				"Phạm Thị Thu", "not-a-date", null, null, null, List.of()));

		IntakeReport first = this.intake.takeIn();
		IntakeReport again = this.intake.takeIn();

		assertThat(first.taken()).isPositive();
		assertThat(first.refused()).isPositive();
		assertThat(again.taken()).isZero();
		assertThat(again.refused()).isZero();
		String code = this.jdbc.sql("SELECT dossier_code FROM portal_inbound WHERE portal_code = :code")
			.param("code", portalCode)
			.query(String.class)
			.single();
		assertThat(this.dossiers.find(code)).hasValueSatisfying(d -> {
			assertThat(d.status()).isEqualTo(DossierStatus.SUBMITTED);
			assertThat(d.channel()).isEqualTo(Channel.ONLINE);
			assertThat(d.applicant().idNumber()).isEqualTo(id);
		});
		assertThat(this.dossiers.findWaitingAtDesk(AgencyCode.of("000.20.01.H99"), 500)).extracting(DossierLine::code)
			.contains(code);
		assertThat(this.jdbc.sql("SELECT outcome FROM portal_inbound WHERE portal_code = :code")
			.param("code", badCode)
			.query(String.class)
			.single()).isEqualTo("REFUSED");
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.outbox.ofDossier(code).isEmpty());
		assertThat(this.outbox.ofDossier(code)).singleElement().satisfies(m -> {
			assertThat(m.eventType()).isEqualTo("DossierSubmitted");
			assertThat(m.payload()).contains("\"ChuHoSo\":\"Phạm Thị Thu\"").contains("\"KenhThucHien\":\"2\"");
		});
	}

	@Test
	void showsCatalogDifferencesUntilAccepted() {
		List<CatalogDifference> differences = this.comparison.differences();

		assertThat(differences).anySatisfy(d -> {
			assertThat(d.item()).isEqualTo(Item.PROCEDURE);
			assertThat(d.code()).isEqualTo("1.003604");
			assertThat(d.change()).isEqualTo(Change.NEW);
		}).anySatisfy(d -> {
			assertThat(d.code()).isEqualTo("1.000894");
			assertThat(d.change()).isEqualTo(Change.CHANGED);
			assertThat(d.portal()).contains("sửa đổi năm 2025");
		}).anySatisfy(d -> {
			assertThat(d.code()).isEqualTo("1.004228");
			assertThat(d.change()).isEqualTo(Change.MISSING);
		}).anySatisfy(d -> {
			assertThat(d.item()).isEqualTo(Item.FIELD);
			assertThat(d.code()).isEqualTo("VHCS");
		}).anySatisfy(d -> {
			assertThat(d.item()).isEqualTo(Item.AGENCY);
			assertThat(d.code()).isEqualTo("000.00.99.H99");
		}).noneMatch(d -> d.code().equals("1.001193"));

		CatalogDifference renamed = differences.stream().filter(d -> d.code().equals("1.000894")).findFirst().get();
		this.comparison.accept(renamed, "admin");
		assertThat(this.comparison.differences()).noneMatch(d -> d.code().equals("1.000894"))
			.anyMatch(d -> d.code().equals("1.003604"));
	}

}
