package org.motcua.nationalportal;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.motcua.browser.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The administrator follows the synchronisation: dossiers taken in from the simulated
 * portal and sent back, the simulator's record of them, and the catalog differences with
 * an acceptance.
 */
class NationalPortalBrowserTests extends BrowserTest {

	@Autowired
	PortalIntake intake;

	@Autowired
	PortalDispatch dispatch;

	@Autowired
	PortalOutbox outbox;

	@Test
	void administratorSeesTheSyncAndAcceptsACatalogDifference() {
		this.intake.takeIn();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.outbox.counts().get(OutboxStatus.PENDING) > 0);
		this.dispatch.dispatch();

		login("admin", "motcua2026");
		this.page.navigate("/admin/national-portal");
		assertThat(this.page.locator("h1")).hasText("Đồng bộ với Cổng Dịch vụ công quốc gia");
		assertThat(this.page.locator("#health")).containsText("Gửi hồ sơ lên Cổng");
		assertThat(this.page.locator("#received")).containsText("dossiers/sync");
		screenshot("admin");

		this.page.getByText("So sánh danh mục thủ tục với Cổng").click();
		assertThat(this.page.locator("#differences")).containsText("1.003604");
		screenshot("catalog");
		this.page.locator("#differences tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("1.003604"))
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
			.click();
		assertThat(this.page.locator(".flash")).containsText("Đã ghi nhận khác biệt");
		assertThat(this.page.locator("#differences")).not().containsText("1.003604");
	}

}
