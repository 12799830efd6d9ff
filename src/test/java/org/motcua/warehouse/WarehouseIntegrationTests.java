package org.motcua.warehouse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.motcua.document.Documents;
import org.motcua.platform.RequestRefused;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The warehouse facade against the database: deposits, reuse offers, reuse and
 * revocation.
 */
@SpringBootTest
class WarehouseIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@Autowired
	Warehouse warehouse;

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WarehouseDocumentAccess access;

	@Test
	void redeliveredDepositAddsNothingAndAnswersTheItemHeld() {
		OwnerId owner = WarehouseFixtures.person();
		String pdf = WarehouseFixtures.stored(this.documents);

		WarehouseItem first = this.warehouse.deposit(WarehouseFixtures.result(owner, pdf));
		WarehouseItem again = this.warehouse.deposit(WarehouseFixtures.result(owner, pdf));

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(this.warehouse.items(owner)).extracting(WarehouseItem::id).containsExactly(first.id());
		assertThat(first.data()).containsEntry("fullName", "Nguyễn Văn An");
		assertThat(first.sha256()).isEqualTo(pdf);
		assertThat(first.provenance().dossierCode()).isEqualTo("000.20.01.H99-240301-0001");
		assertThat(first.signature().isIntact()).isTrue();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM document_claim WHERE sha256 = :sha256")
			.param("sha256", pdf)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void samePdfAsAnotherKindOrForAnotherOwnerIsAnotherItem() {
		OwnerId owner = WarehouseFixtures.person();
		OwnerId other = WarehouseFixtures.person();
		String pdf = WarehouseFixtures.stored(this.documents);

		WarehouseItem result = this.warehouse.deposit(WarehouseFixtures.result(owner, pdf));
		WarehouseItem paper = this.warehouse
			.deposit(WarehouseFixtures.paper(owner, pdf, "KQ.KHAISINH", null, SignatureStatus.SIGNED_INTACT));
		WarehouseItem others = this.warehouse.deposit(WarehouseFixtures.result(other, pdf));

		assertThat(Set.of(result.id(), paper.id(), others.id())).hasSize(3);
		assertThat(this.warehouse.items(owner)).extracting(WarehouseItem::id)
			.containsExactlyInAnyOrder(result.id(), paper.id());
	}

	@Test
	void refusesAPdfThatIsNotStored() {
		OwnerId owner = WarehouseFixtures.person();
		assertThatExceptionOfType(RequestRefused.class)
			.isThrownBy(() -> this.warehouse.deposit(WarehouseFixtures.result(owner, "ab".repeat(32))))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("document.not-found"));
		assertThat(this.warehouse.items(owner)).isEmpty();
	}

	@Test
	void refusesStructuredDataLargerThanItsColumn() {
		OwnerId owner = WarehouseFixtures.person();
		Deposit ok = WarehouseFixtures.result(owner, WarehouseFixtures.stored(this.documents));
		Deposit huge = new Deposit(owner, ok.documentId(), ok.kind(), ok.typeCode(), ok.number(), ok.issuedOn(),
				ok.issuer(), ok.signer(), ok.validUntil(), ok.summary(),
				java.util.Map.of("note", "x".repeat(WarehouseItems.MAX_DATA)), ok.provenance(), ok.signature());

		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.warehouse.deposit(huge));
		assertThat(this.warehouse.items(owner)).isEmpty();
	}

	@Test
	void offersOnlyAcceptedValidIntactUnrevokedItems() {
		OwnerId owner = WarehouseFixtures.person();
		WarehouseItem permanent = deposit(owner, "GT.CCCD", null, SignatureStatus.SIGNED_INTACT);
		WarehouseItem stillValid = deposit(owner, "GT.HOKHAU", TODAY, SignatureStatus.SIGNED_INTACT);
		deposit(owner, "GT.HOKHAU", TODAY.minusDays(1), SignatureStatus.SIGNED_INTACT);
		deposit(owner, "GT.CCCD", null, SignatureStatus.BROKEN);
		deposit(owner, "GT.CCCD", null, SignatureStatus.UNSIGNED);
		deposit(owner, "GT.KHAC", null, SignatureStatus.SIGNED_INTACT);
		WarehouseItem revoked = deposit(owner, "GT.CCCD", null, SignatureStatus.SIGNED_INTACT);
		assertThat(this.warehouse.revoke(revoked.id(), "cấp nhầm")).isTrue();
		assertThat(this.warehouse.revoke(revoked.id(), "cấp nhầm")).isFalse();
		deposit(WarehouseFixtures.person(), "GT.CCCD", null, SignatureStatus.SIGNED_INTACT);

		List<WarehouseItem> offered = this.warehouse.reusable(owner, List.of("GT.CCCD", "GT.HOKHAU"), TODAY);

		assertThat(offered).extracting(WarehouseItem::id).containsExactlyInAnyOrder(permanent.id(), stillValid.id());
		assertThat(this.warehouse.reusable(owner, List.of("GT.HOKHAU"), TODAY.plusDays(1))).isEmpty();
		assertThat(this.warehouse.reusable(owner, List.of(), TODAY)).isEmpty();
		assertThat(this.warehouse.items(owner)).hasSize(7);
		assertThat(this.warehouse.find(revoked.id()).orElseThrow().isRevoked()).isTrue();
	}

	@Test
	void recordsEachDossierThatReusedAnItemOnce() {
		OwnerId owner = WarehouseFixtures.person();
		WarehouseItem item = deposit(owner, "GT.CCCD", null, SignatureStatus.SIGNED_INTACT);

		this.warehouse.markUsed(item.id(), "000.20.01.H99-260601-0001");
		this.warehouse.markUsed(item.id(), "000.20.01.H99-260601-0001");
		this.warehouse.markUsed(item.id(), "000.20.01.H99-260602-0002");

		assertThat(this.warehouse.find(item.id()).orElseThrow().usedIn()).extracting(ItemUse::dossierCode)
			.containsExactlyInAnyOrder("000.20.01.H99-260601-0001", "000.20.01.H99-260602-0002");
		assertThatExceptionOfType(RequestRefused.class)
			.isThrownBy(() -> this.warehouse.markUsed("no-such-item", "000.20.01.H99-260601-0001"))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("warehouse.item-not-found"));
	}

	@Test
	void letsTheOwnerDownloadTheirUnrevokedPapersOnly() {
		OwnerId owner = WarehouseFixtures.person();
		WarehouseItem item = deposit(owner, "GT.CCCD", null, SignatureStatus.SIGNED_INTACT);
		org.motcua.shared.Actor self = WarehouseShareWebTests.owner(owner);
		org.motcua.shared.Actor other = WarehouseShareWebTests.owner(WarehouseFixtures.person());

		assertThat(this.access.mayRead(self, item.documentId())).isTrue();
		assertThat(this.access.mayRead(other, item.documentId())).isFalse();
		this.warehouse.revoke(item.id(), null);
		assertThat(this.access.mayRead(self, item.documentId())).isFalse();
	}

	private WarehouseItem deposit(OwnerId owner, String type, LocalDate until, SignatureStatus status) {
		return this.warehouse
			.deposit(WarehouseFixtures.paper(owner, WarehouseFixtures.stored(this.documents), type, until, status));
	}

}
