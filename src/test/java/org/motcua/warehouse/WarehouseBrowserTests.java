package org.motcua.warehouse;

import java.time.Duration;
import java.time.LocalDate;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.motcua.browser.BrowserTest;
import org.motcua.document.Documents;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warehouse as people see it: the public page of a shared result, and an officer's
 * list of an owner's papers while handling a dossier.
 */
class WarehouseBrowserTests extends BrowserTest {

	static final String HANDLED = "000.20.01.H99-260601-0009";

	@TestConfiguration
	static class Grants {

		@Bean
		WarehouseAccess handledDossier() {
			return (actor, owner, purpose) -> "desk1".equals(actor.username()) && HANDLED.equals(purpose);
		}

	}

	@Autowired
	Warehouse warehouse;

	@Autowired
	Documents documents;

	@Test
	void aSharedResultShowsItsMetadataToAnyoneWithTheLink() {
		OwnerId owner = WarehouseFixtures.person();
		WarehouseItem item = this.warehouse
			.deposit(WarehouseFixtures.result(owner, WarehouseFixtures.stored(this.documents)));
		ShareLink link = this.warehouse.share(item.id(), WarehouseShareWebTests.owner(owner), Duration.ofDays(3));

		Response response = this.page.navigate(link.path());

		assertThat(response.status()).isEqualTo(200);
		assertThat(this.page.locator("h1").innerText()).isEqualTo("Kết quả giải quyết thủ tục hành chính");
		assertThat(this.page.locator("#item").innerText()).contains("123/2024/TLKS", "UBND xã Đông Sơn",
				"Nguyễn Văn An", "Vĩnh viễn", "Đã ký, nguyên vẹn");
		screenshot("shared");
		com.microsoft.playwright.APIResponse pdf = this.page.request().get(link.path() + "/document.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void anOfficerHandlingADossierListsTheOwnersPapers() {
		OwnerId owner = WarehouseFixtures.person();
		this.warehouse.deposit(WarehouseFixtures.result(owner, WarehouseFixtures.stored(this.documents)));
		this.warehouse.deposit(WarehouseFixtures.paper(owner, WarehouseFixtures.stored(this.documents), "GT.HOKHAU",
				LocalDate.of(2024, 12, 31), SignatureStatus.SIGNED_INTACT));
		WarehouseItem revoked = this.warehouse.deposit(WarehouseFixtures.paper(owner,
				WarehouseFixtures.stored(this.documents), "GT.CCCD", null, SignatureStatus.BROKEN));
		this.warehouse.revoke(revoked.id(), null);
		login("desk1", "motcua2026");

		assertThat(this.page.navigate("/warehouse/" + owner).status()).isEqualTo(404);
		assertThat(this.page.navigate("/warehouse/" + owner + "?dossier=" + HANDLED).status()).isEqualTo(200);

		assertThat(this.page.locator("#items tbody tr").count()).isEqualTo(3);
		String table = this.page.locator("#items").innerText();
		assertThat(table).contains("Đã thu hồi", "Hết hiệu lực", "Còn hiệu lực", "Chữ ký không hợp lệ", "GT.HOKHAU");
		screenshot("staff-list");
	}

}
