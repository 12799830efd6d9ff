package org.motcua.dossier.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.motcua.browser.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A dossier's whole life through the staff pages in Chromium: the desk receives it with
 * two papers through the intake page and prints the receipt (its text read back), hands
 * it to the specialists' department, the head assigns it from the inbox, the specialist
 * asks for a supplement, records it with a file, hands over to the last step and submits
 * the result file, the approver approves, the desk returns the result and records the
 * rating. Screenshots of each page land in {@code target/screenshots}.
 */
class DossierWorkBrowserTests extends BrowserTest {

	@Test
	void takesADossierFromDeskIntakeToRating() throws IOException {
		Path paper = Files.createTempFile("giay-chung-sinh", ".pdf");
		Files.write(paper, WorkFixtures.pdf("Giay chung sinh"));
		Path result = Files.createTempFile("giay-khai-sinh", ".pdf");
		Files.write(result, WorkFixtures.pdf("Giay khai sinh"));
		Path form = Files.createTempFile("to-khai", ".pdf");
		Files.write(form, WorkFixtures.pdf("To khai dang ky khai sinh"));
		Path birth = Files.createTempFile("chung-sinh", ".pdf");
		Files.write(birth, WorkFixtures.pdf("Giay chung sinh ban goc"));

		as("desk1");
		this.page.navigate("/desk/intake?procedure=1.001193");
		String id = "0371990" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
		this.page.locator("[id='applicant.idNumber']").fill(id);
		this.page.locator("[id='applicant.name']").fill("Nguyễn Thị Trình Duyệt");
		this.page.locator("[id='applicant.birthDate']").fill("1990-07-02");
		this.page.locator("[id='applicant.address']").fill("Thôn Tây, xã Đông Sơn");
		this.page.locator("[id='papers0.file']").setInputFiles(form);
		this.page.locator("[id='papers1.file']").setInputFiles(birth);
		this.page.locator("#preview").click();
		assertThat(this.page.locator("#due-at")).hasText(Pattern.compile("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}"));
		screenshot("0-intake-preview");
		this.page.locator("#confirm").click();
		String code = this.page.locator("#dossier-code").textContent().strip();
		APIResponse receipt = this.context.request().get(this.page.locator("#print-receipt").getAttribute("href"));
		org.assertj.core.api.Assertions.assertThat(receipt.status()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(receipt.body())) {
			org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains(code)
				.contains("Nguyễn Thị Trình Duyệt")
				.contains("Đăng ký khai sinh");
		}

		as("desk1");
		this.page.navigate("/dossiers/" + code);
		screenshot("1-desk-received");
		this.page.locator("#hand-over button[type=submit]").click();
		expectStatus("IN_PROCESS");

		as("head1");
		this.page.navigate("/dossiers/inbox");
		Locator row = this.page.locator("#unit ~ div tr[data-code='" + code + "']").first();
		assertThat(row).isVisible();
		row.locator("select[name=toAccount]").selectOption("specialist1");
		screenshot("2-head-inbox");
		row.locator("form.assign button").click();
		assertThat(this.page.locator(".flash")).containsText("specialist1");

		as("specialist1");
		this.page.navigate("/dossiers/inbox");
		assertThat(this.page.locator("tr[data-code='" + code + "']").first()).isVisible();
		screenshot("3-specialist-inbox");
		this.page.locator("tr[data-code='" + code + "'] a").first().click();
		assertThat(this.page.locator("#steps")).containsText("Hoàng Văn Nam");
		Locator request = this.page.locator("#request-supplement");
		request.locator("button[type=submit]").click();
		assertThat(this.page.locator("#failure")).hasText("Hãy chọn ít nhất một thành phần hồ sơ cần bổ sung.");
		expectStatus("IN_PROCESS");
		screenshot("3b-refused");
		request = this.page.locator("#request-supplement");
		request.locator("input[value=GCS]").check();
		request.locator("textarea[name=note]").fill("Giấy chứng sinh bản chụp bị mờ");
		request.locator("button[type=submit]").click();
		expectStatus("AWAITING_SUPPLEMENT");
		assertThat(this.page.locator("#forms")).containsText("Phiếu yêu cầu bổ sung");
		screenshot("4-awaiting-supplement");

		this.page.locator("#file-GCS").setInputFiles(paper);
		this.page.locator("#supplement button[type=submit]").click();
		expectStatus("IN_PROCESS");
		this.page.locator("#ho-step").selectOption("2");
		this.page.locator("#hand-over button[type=submit]").click();
		expectStatus("IN_PROCESS");
		this.page.locator("#result-file").setInputFiles(result);
		this.page.locator("#finish button[type=submit]").click();
		expectStatus("AWAITING_APPROVAL");
		screenshot("5-result-drafted");

		as("approver1");
		this.page.navigate("/dossiers/inbox");
		this.page.locator("#approvals ~ div tr[data-code='" + code + "'] a").first().click();
		this.page.locator("#approve button[type=submit]").click();
		expectStatus("FINISHED");

		as("desk1");
		this.page.navigate("/dossiers/inbox");
		assertThat(this.page.locator("#to-return ~ div tr[data-code='" + code + "']").first()).isVisible();
		screenshot("6-desk-inbox");
		this.page.locator("#to-return ~ div tr[data-code='" + code + "'] a").first().click();
		this.page.locator("#how").selectOption("COUNTER");
		this.page.locator("#return-result button[type=submit]").click();
		expectStatus("RESULT_RETURNED");
		this.page.locator("#score").selectOption("5");
		this.page.locator("#comment").fill("Cán bộ hướng dẫn tận tình");
		this.page.locator("#rate button[type=submit]").click();
		assertThat(this.page.locator("#rating")).containsText("5/5");
		assertThat(this.page.locator("#result a")).isVisible();
		assertThat(this.page.locator("#timeline")).containsText("Phân công xử lý");
		screenshot("7-rated");

		this.page.navigate("/dossiers?q=" + code);
		assertThat(this.page.locator("main table")).containsText("Nguyễn Thị Trình Duyệt");
		screenshot("8-search");
		this.page.navigate("/dossiers/" + code + "?lang=en");
		assertThat(this.page.locator("#status")).hasText("Result returned");
		screenshot("9-english");
	}

	private void as(String username) {
		this.context.clearCookies();
		login(username, "motcua2026");
	}

	private void expectStatus(String status) {
		assertThat(this.page.locator("#status")).hasAttribute("data-status", status);
	}

}
