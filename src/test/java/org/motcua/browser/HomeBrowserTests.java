package org.motcua.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The home page and login as a person sees them: Vietnamese first, English on request and
 * remembered, the admin's cards after login, a Vietnamese error for a wrong password, and
 * back to the login page after logout.
 */
class HomeBrowserTests extends BrowserTest {

	@Test
	void showsHomePageInVietnameseByDefault() {
		this.page.navigate("/");

		assertThat(this.page.locator("html")).hasAttribute("lang", "vi");
		assertThat(this.page.locator("h1")).hasText("Hệ thống một cửa điện tử");
		assertThat(this.page.locator("header.top")).containsText("Đăng nhập");
		screenshot("home-vi");
	}

	@Test
	void switchesToEnglishAndKeepsIt() {
		this.page.navigate("/");

		this.page.locator(".lang a[hreflang=en]").click();
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(this.page.locator("h1")).hasText("Electronic one-stop system");
		screenshot("home-en");

		this.page.navigate("/login");
		assertThat(this.page.locator("h1")).hasText("Log in");
		this.page.navigate("/");
		assertThat(this.page.locator("h1")).hasText("Electronic one-stop system");

		this.page.locator(".lang a[hreflang=vi]").click();
		assertThat(this.page.locator("h1")).hasText("Hệ thống một cửa điện tử");
	}

	@Test
	void showsAdministratorCardsAfterLogin() {
		login("admin", "motcua2026");

		assertThat(this.page.locator("header.top .who")).containsText("Nguyễn Văn Quản");
		assertThat(this.page.locator(".cards .card h2")).containsText(new String[] { "Đơn vị hành chính",
				"Cơ quan và phòng ban", "Tài khoản và vai trò", "Lịch trực bộ phận một cửa", "Nhật ký hệ thống" });
		screenshot("home-admin");
	}

	@Test
	void showsVietnameseErrorForWrongPassword() {
		login("desk2", "not-the-password");

		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
		assertThat(this.page.locator(".alert")).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
		screenshot("login-error");
	}

	@Test
	void returnsToLoginPageAfterLogout() {
		login("desk1", "motcua2026");
		assertThat(this.page.locator("header.top .who")).containsText("Lê Thị Thu");

		this.page.locator("header.top .who button[type=submit]").click();

		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/login\\?logout$"));
		assertThat(this.page.locator(".flash")).hasText("Bạn đã đăng xuất.");
		assertThat(this.page.locator("header.top .who")).hasCount(0);
		screenshot("logged-out");
	}

}
