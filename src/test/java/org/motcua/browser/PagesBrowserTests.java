package org.motcua.browser;

import java.util.List;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every administration page of the foundation opens for the roles it is meant for, in
 * Vietnamese, with a heading, on a desk screen and on a phone; screenshots land in
 * {@code target/screenshots} for a person to look at.
 */
class PagesBrowserTests extends BrowserTest {

	static final List<String> ADMIN_PAGES = List.of("/", "/admin/units", "/admin/units/new", "/admin/units/merge",
			"/admin/units/import", "/admin/agencies", "/admin/agencies/new", "/admin/agencies/000.20.01.H99",
			"/admin/agencies/import", "/admin/accounts", "/admin/accounts/new", "/admin/roster", "/admin/backup",
			"/audit", "/admin/calendar", "/admin/calendar?year=2027", "/admin/procedures", "/procedures",
			"/procedures/1.001193");

	@Test
	void provinceAdministratorOpensEveryAdministrationPage() {
		login("admin", "motcua2026");
		for (String path : ADMIN_PAGES) {
			Response response = this.page.navigate(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			assertThat(this.page.locator("main h1")).isVisible();
			assertThat(this.page.locator("html")).hasAttribute("lang", "vi");
			screenshot("admin" + path.replace('/', '_'));
		}
	}

	@Test
	void auditorOpensTheTrailAndVerifiesIt() {
		login("auditor1", "motcua2026");
		this.page.navigate("/audit");
		assertThat(this.page.locator("main table")).isVisible();
		this.page.locator("a[href*='/audit/verification'], form[action*='/audit/verification'] button").first().click();
		assertThat(this.page.locator("main")).containsText("toàn vẹn");
		screenshot("auditor-verification");
	}

	@Test
	void deskOfficerSeesTheRosterOnAPhone() {
		this.page.setViewportSize(390, 844);
		login("desk1", "motcua2026");
		this.page.navigate("/admin/roster");
		assertThat(this.page.locator("main h1")).isVisible();
		screenshot("desk1-roster-phone");
		Response response = this.page.navigate("/admin/accounts");
		assertThat(response.status()).isEqualTo(403);
		assertThat(this.page.locator("main h1")).hasText("Không có quyền truy cập");
		screenshot("desk1-forbidden-phone");
	}

	@Test
	void answersAnUnknownPageWithAPageInVietnamese() {
		login("desk1", "motcua2026");
		Response response = this.page.navigate("/no-such-page");
		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.locator("main h1")).hasText("Không tìm thấy trang");
	}

}
