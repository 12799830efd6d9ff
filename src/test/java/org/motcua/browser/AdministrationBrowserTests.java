package org.motcua.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A province administrator creates an agency in the browser, sees it listed, and logs
 * out; a mistyped code is explained next to the field, in Vietnamese.
 */
class AdministrationBrowserTests extends BrowserTest {

	@Test
	void administratorCreatesAgencySeesItListedAndLogsOut() {
		login("admin", "motcua2026");
		this.page.locator("nav.main-nav a[href='/admin/agencies']").click();
		this.page.locator("a[href='/admin/agencies/new']").click();

		this.page.locator("#code").fill("000.00.17.H99");
		this.page.locator("#name").fill("Sở Y tế tỉnh An Hòa");
		this.page.locator("#level").selectOption("PROVINCE");
		this.page.locator("#unit").fill("99");
		this.page.locator("#validFrom").fill("2025-07-01");
		screenshot("new-agency-form");
		this.page.locator("form button[type=submit].primary").click();

		this.page.navigate("/admin/agencies");
		assertThat(this.page.locator("table")).containsText("000.00.17.H99");
		assertThat(this.page.locator("table")).containsText("Sở Y tế tỉnh An Hòa");
		screenshot("agencies-listed");

		this.page.locator("header form[action='/logout'] button").click();
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/login\\?logout$"));
		this.page.navigate("/admin/agencies");
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
	}

	@Test
	void explainsAWrongAgencyCodeNextToTheField() {
		login("admin", "motcua2026");
		this.page.navigate("/admin/agencies/new");
		this.page.locator("#code").fill("abc..1");
		this.page.locator("#name").fill("Cơ quan thử");
		this.page.locator("#unit").fill("99");
		this.page.locator("#validFrom").fill("2025-07-01");
		this.page.locator("form button[type=submit].primary").click();
		assertThat(this.page.locator("#code-error")).isVisible();
		assertThat(this.page.locator("html")).hasAttribute("lang", "vi");
		screenshot("agency-code-error");
	}

}
