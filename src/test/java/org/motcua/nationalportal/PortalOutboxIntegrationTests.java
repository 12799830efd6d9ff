package org.motcua.nationalportal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierSubmitted;
import org.motcua.platform.DemoMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox: one message per event however often it is delivered, and messages left
 * pending when the application stopped are delivered by the next one that starts on the
 * same database.
 */
@SpringBootTest
@EnableScenarios
class PortalOutboxIntegrationTests {

	static final Instant AT = Instant.parse("2030-02-04T03:00:00Z");

	@Autowired
	DossierEventRecording recording;

	@Autowired
	PortalOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PortalFigures figures;

	@Autowired
	NationalPortalProperties properties;

	@Autowired
	DemoMode demo;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void redeliveredEventAddsNothing(Scenario scenario) {
		String code = PortalEvents.newCode();
		DossierSubmitted event = PortalEvents.submitted(code, AT);

		scenario.stimulate((transactions, events) -> {
			transactions.executeWithoutResult(s -> events.publishEvent(event));
		})
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> this.outbox.ofDossier(code), rows -> !rows.isEmpty())
			.andVerify(rows -> assertThat(rows).hasSize(1));
		scenario.stimulate((transactions, events) -> {
			transactions.executeWithoutResult(s -> events.publishEvent(event));
		})
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> pendingPublications(code) == 0)
			.andVerify(done -> assertThat(this.outbox.ofDossier(code)).hasSize(1));

		assertThat(this.recording.record(event)).isFalse();
		OutboxMessage message = this.outbox.ofDossier(code).get(0);
		assertThat(message.kind()).isEqualTo(MessageKind.SYNC_DOSSIER);
		assertThat(message.nationalStatus()).isEqualTo(1);
		assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(message.payload()).contains("\"MaHoSo\":\"" + code + "\"")
			.contains("\"TrangThaiHoSo\":1")
			.contains("\"TenTTHC\":\"Đăng ký khai sinh\"")
			.contains("\"NgayNopHoSo\":\"20300204100000\"");
	}

	@Test
	void deliversMessagesLeftPendingByAStoppedInstanceAfterRestart() {
		String scope = PortalEvents.newScope();
		for (int i = 0; i < 5; i++) {
			Instant at = AT.plusSeconds(i);
			this.recording.record(PortalEvents.submitted(scope + i, at));
			this.recording.record(PortalEvents.received(scope + i, at, at.plusSeconds(60)));
		}
		// the instance stops here: its dispatcher, adapter, session and simulator are
		// gone

		PortalSimulator portal = new PortalSimulator(withSimulator(), this.demo);
		portal.start();
		try {
			PortalDispatch restarted = new PortalDispatch(new PortalOutbox(this.jdbc), new PortalFigures(this.jdbc),
					new HttpNationalPortal(withSimulator(), portal, this.clock), this.properties, this.clock,
					this.transactions);
			for (int pass = 0; pass < 5; pass++) {
				restarted.dispatchAt(AT.plus(Duration.ofDays(pass + 1)));
			}
			for (int i = 0; i < 5; i++) {
				assertThat(this.outbox.ofDossier(scope + i)).extracting(OutboxMessage::status)
					.containsExactly(OutboxStatus.SENT, OutboxStatus.SENT);
			}
			List<SimulatorRecord> mine = portal.records()
				.stream()
				.filter(r -> r.dossierCode().startsWith(scope))
				.toList();
			assertThat(mine).hasSize(10).noneMatch(SimulatorRecord::repeat);
			assertThat(mine).filteredOn(r -> r.dossierCode().equals(scope + 0))
				.extracting(SimulatorRecord::nationalStatus)
				.containsExactly(1, 2);
		}
		finally {
			portal.stop();
		}
	}

	private NationalPortalProperties withSimulator() {
		NationalPortalProperties p = this.properties;
		return new NationalPortalProperties(null, p.username(), p.password(), true, 0, p.connectTimeout(),
				p.readTimeout(), p.maxAttempts(), p.initialBackoff(), p.maxBackoff(), p.batchSize(),
				p.dispatchInterval(), p.inboundInterval());
	}

	private long pendingPublications(String code) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :code "
					+ "AND completion_date IS NULL")
			.param("code", "%" + code + "%")
			.query(Long.class)
			.single();
	}

}
