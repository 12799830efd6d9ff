package org.motcua.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filing wizard's first step is better with JavaScript: the list of procedures
 * follows what the citizen types, without a page load, and the address keeps the search
 * so that going back and reloading show it; without JavaScript the same form searches by
 * a submit.
 */
class PortalSearchBrowserTests extends BrowserTest {

	@Test
	void theProcedureListFollowsWhatIsTypedWithoutLoadingThePage() {
		login("citizen1", "motcua2026");
		this.page.navigate("/portal/file");
		assertThat(this.page.locator("#procedure-results")).containsText("1.001193");
		this.page.evaluate("window.motcuaSamePage = true");

		this.page.locator("#q")
			.pressSequentially("ket hon", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(30));

		assertThat(this.page.locator("#procedure-results")).not().containsText("1.001193");
		assertThat(this.page.locator("#procedure-results")).containsText("kết hôn");
		assertThat(this.page.evaluate("window.motcuaSamePage === true")).isEqualTo(true);
		assertThat(this.page.url()).containsAnyOf("q=ket+hon", "q=ket%20hon");
		screenshot("portal-search");
	}

}
