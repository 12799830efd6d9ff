package org.motcua.catalog;

import java.io.InputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.browser.BrowserTest;
import org.motcua.catalog.administration.CatalogTransfer;
import org.motcua.catalog.transfer.CatalogJson;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor searches the public catalog without accents, the results follow the typing,
 * and reads a procedure's papers and steps.
 */
class CatalogBrowserTests extends BrowserTest {

	@Autowired
	CatalogTransfer transfer;

	@BeforeEach
	void loadFixture() throws Exception {
		try (InputStream in = new ClassPathResource("catalog/fixture.json").getInputStream()) {
			this.transfer.importCatalog(CatalogJson.read(in), "test", "catalog/");
		}
	}

	@Test
	void searchesWithoutAccentsAndReadsAProcedure() {
		this.page.navigate("/procedures");
		assertThat(this.page.locator("h1")).hasText("Thủ tục hành chính");

		this.page.locator("#q")
			.pressSequentially("giay phep xay dung thu",
					new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
		assertThat(this.page.locator("#results")).containsText("Cấp giấy phép xây dựng nhà ở riêng lẻ thử nghiệm");
		assertThat(this.page.locator("#results")).not().containsText("Đăng ký khai sinh thử nghiệm");
		screenshot("search");

		this.page
			.locator("#results a",
					new com.microsoft.playwright.Page.LocatorOptions()
						.setHasText("Cấp giấy phép xây dựng nhà ở riêng lẻ thử nghiệm"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Cấp giấy phép xây dựng nhà ở riêng lẻ thử nghiệm");
		assertThat(this.page.locator("#documents")).containsText("Đơn đề nghị cấp giấy phép");
		assertThat(this.page.locator("#steps")).containsText("Thẩm định");
		assertThat(this.page.locator("#steps")).containsText("Sở Tư pháp");
		screenshot("procedure");
	}

	@Test
	void searchesWithTheFormWhenSubmitted() {
		this.page.navigate("/procedures?q=dang+ky+khai+sinh+thu&level=COMMUNE");
		assertThat(this.page.locator("#results")).containsText("Đăng ký khai sinh thử nghiệm");
		this.page
			.locator("#results a",
					new com.microsoft.playwright.Page.LocatorOptions().setHasText("Đăng ký khai sinh thử nghiệm"))
			.click();
		assertThat(this.page.locator("#documents")).containsText("Tờ khai đăng ký khai sinh");
		assertThat(this.page.locator("#documents a")).containsText("to-khai-test.pdf");
		screenshot("birth");
	}

}
