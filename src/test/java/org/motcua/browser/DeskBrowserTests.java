package org.motcua.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.TestPapers;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IdType;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.shared.AgencyCode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk officer receives a dossier through the real intake page: picks the procedure,
 * enters the applicant, attaches two scanned papers through the file inputs, sees the due
 * instant before confirming, confirms, and prints the receipt.
 */
class DeskBrowserTests extends BrowserTest {

	@TempDir
	Path files;

	@Autowired
	DossierWork work;

	@Test
	void deskOfficerReceivesADossierWithTwoPapersAndPrintsTheReceipt() throws IOException {
		login("desk1", "motcua2026");
		this.page.locator("header.top a[href='/desk/intake']").click();
		assertThat(this.page.locator("main h1")).hasText("Tiếp nhận hồ sơ tại bộ phận một cửa");
		this.page.locator("#q").fill("khai sinh");
		this.page.locator("form[role=search] button[type=submit]").click();
		screenshot("procedure");
		this.page.locator("#procedures a[href*='procedure=1.001193']").click();
		assertThat(this.page.locator("main .lead")).containsText("Đăng ký khai sinh");

		String id = "0370990" + String.format("%05d", (int) (Math.random() * 100000));
		this.page.locator("[id='applicant.idNumber']").fill(id);
		this.page.locator("[id='applicant.name']").fill("Nguyễn Thị Mai Anh");
		this.page.locator("[id='applicant.birthDate']").fill("1992-03-15");
		this.page.locator("[id='applicant.phone']").fill("0987654321");
		this.page.locator("[id='applicant.address']").fill("Số 5, thôn Đông, xã Đông Sơn");
		this.page.locator("[id='papers0.file']").setInputFiles(pdf("to-khai.pdf"));
		this.page.locator("[id='papers1.file']").setInputFiles(pdf("giay-chung-sinh.pdf"));
		screenshot("form");
		this.page.locator("#preview").click();

		assertThat(this.page.locator("main h1")).hasText("Kiểm tra trước khi tiếp nhận");
		assertThat(this.page.locator("#due-at")).hasText(Pattern.compile("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}"));
		assertThat(this.page.locator("#preview-applicant")).hasText("Nguyễn Thị Mai Anh");
		assertThat(this.page.locator("table.papers")).containsText("to-khai.pdf");
		assertThat(this.page.locator("table.papers")).containsText("giay-chung-sinh.pdf");
		String due = this.page.locator("#due-at").textContent();
		screenshot("preview");
		this.page.locator("#confirm").click();

		assertThat(this.page.locator("main h1")).hasText("Đã tiếp nhận hồ sơ");
		String code = this.page.locator("#dossier-code").textContent().strip();
		assertThat(code).matches("000\\.20\\.01\\.H99-\\d{6}-\\d{4}");
		assertThat(this.page.locator("#due-at")).hasText(Pattern.compile("\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}"));
		assertThat(this.page.locator("#due-at").textContent().substring(6)).isEqualTo(due.substring(6));
		screenshot("received");

		String href = this.page.locator("#print-receipt").getAttribute("href");
		APIResponse receipt = this.context.request().get(href);
		assertThat(receipt.status()).isEqualTo(200);
		assertThat(receipt.headers().get("content-type")).startsWith("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(receipt.body())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(code).contains("Nguyễn Thị Mai Anh");
		}

		this.page.navigate("/desk/book");
		assertThat(this.page.locator("#book")).containsText(code);
		screenshot("book");
		String online = this.work
			.submitOnline(new IntakeCommand("1.001193", AgencyCode.of("000.20.01.H99"), Channel.ONLINE,
					new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, id, "Nguyễn Thị Mai Anh", null, null, null,
							null),
					null, List.of(new SubmittedDocument("TKKS", null, null, Provenance.NOT_DIGITIZED),
							new SubmittedDocument("GCS", null, null, Provenance.NOT_DIGITIZED))),
					"citizen")
			.code();
		this.page.navigate("/desk/queue");
		assertThat(this.page.locator("#queue")).containsText(online);
		screenshot("queue");
		this.page.locator("[id='dossier-" + online + "'] a.reject").click();
		this.page.locator("#reasons").fill("Hồ sơ đã được nộp trực tiếp tại bộ phận một cửa");
		screenshot("reject");
		this.page.locator("form.stack button[type=submit]").click();
		assertThat(this.page.locator("#done")).containsText(online);
		assertThat(this.page.locator("#queue-empty, #queue")).not().containsText(online);
		screenshot("queue-after-reject");
	}

	@Test
	void showsTheRefusedFileNextToItsPaper() throws IOException {
		login("desk1", "motcua2026");
		this.page.navigate("/desk/intake?procedure=1.001193");
		this.page.locator("[id='applicant.idNumber']").fill("123");
		this.page.locator("[id='papers0.file']").setInputFiles(pdf("to-khai.pdf"));
		Path text = this.files.resolve("giay-chung-sinh.pdf");
		Files.writeString(text, "this is not a PDF");
		this.page.locator("[id='papers1.file']").setInputFiles(text);
		this.page.locator("#preview").click();
		assertThat(this.page.locator("#paper-GCS .paper-refusal"))
			.containsText("Nội dung tệp không phải PDF, JPEG, PNG hay TIFF");
		assertThat(this.page.locator("#paper-TKKS .uploaded")).containsText("to-khai.pdf");
		assertThat(this.page.locator("#applicant-idNumber-error"))
			.hasText("Số định danh cá nhân phải gồm đúng 12 chữ số.");
		assertThat(this.page.locator("#confirm")).hasCount(0);
		screenshot("refused");
	}

	private Path pdf(String name) throws IOException {
		return Files.write(this.files.resolve(name), TestPapers.pdf(name));
	}

}
