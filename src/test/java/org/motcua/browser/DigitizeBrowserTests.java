package org.motcua.browser;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.TestPapers;
import org.motcua.document.Documents;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IdType;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.PaperMetadata;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.signature.SignerId;
import org.motcua.signature.Signing;
import org.motcua.warehouse.OwnerId;
import org.motcua.warehouse.Warehouse;
import org.motcua.warehouse.WarehouseItem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk intake where one paper is reused from the applicant's warehouse (put there by an
 * earlier intake) and another is a scanned image, digitized with its metadata and signed;
 * the dossier's page then tells each paper's provenance.
 */
class DigitizeBrowserTests extends BrowserTest {

	@TempDir
	Path files;

	@Autowired
	DossierWork work;

	@Autowired
	DossierDesk desk;

	@Autowired
	Documents documents;

	@Autowired
	Signing signing;

	@Autowired
	Warehouse warehouse;

	@Autowired
	UserDetailsService accounts;

	@Test
	void reusesAWarehousePaperAndDigitizesAScannedOne() throws IOException {
		String id = "0380990" + String.format("%05d", (int) (Math.random() * 100000));
		WarehouseItem item = seedWarehouse(id);

		login("desk1", "motcua2026");
		this.page.navigate("/desk/intake?procedure=1.001193");
		this.page.locator("[id='applicant.idNumber']").fill(id);
		this.page.locator("#lookup").click();
		assertThat(this.page.locator("#reuse-GCNKH")).containsText("45/2020");
		this.page.locator("#reuse-GCNKH input[value='" + item.id() + "']").check();
		this.page.locator("[id='papers0.file']").setInputFiles(png("to-khai-scan.png"));
		this.page.locator("[id='papers1.handedIn1']").check();
		screenshot("digitize-form");
		this.page.locator("#preview").click();

		assertThat(this.page.locator("main h1")).hasText("Kiểm tra trước khi tiếp nhận");
		assertThat(this.page.locator("#ocr-status")).isVisible();
		assertThat(this.page.locator("#preview-GCNKH")).containsText("Tái sử dụng từ kho");
		this.page.locator("[id='papers0.number']").fill("TK-01");
		this.page.locator("[id='papers0.issuedOn']").fill("2026-11-30");
		this.page.locator("[id='papers0.issuer']").fill("Lê Văn Nam");
		this.page.locator("[id='papers0.summary']").fill("Tờ khai đăng ký khai sinh");
		screenshot("digitize-preview");
		this.page.locator("#confirm").click();

		assertThat(this.page.locator("main h1")).hasText("Đã tiếp nhận hồ sơ");
		String code = this.page.locator("#dossier-code").textContent().strip();
		this.page.navigate("/dossiers/" + code);
		assertThat(this.page.locator("#papers")).containsText("Tái sử dụng");
		assertThat(this.page.locator("#papers")).containsText("Đã số hóa");
		assertThat(this.page.locator("#warehouse-link a")).hasText("Kho dữ liệu của người nộp");
		screenshot("digitize-dossier");

		DossierView dossier = this.work.find(code).orElseThrow();
		assertThat(dossier.documents())
			.extracting(DossierView.Document::requiredDocumentCode, DossierView.Document::provenance)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("TKKS", Provenance.DIGITIZED),
					org.assertj.core.groups.Tuple.tuple("GCS", Provenance.NOT_DIGITIZED),
					org.assertj.core.groups.Tuple.tuple("GCNKH", Provenance.REUSED_PAPER));
		try (InputStream in = this.documents.open(dossier.documents().get(0).documentId())) {
			assertThat(this.signing.validate(in).isIntact()).isTrue();
		}

		this.page.locator("#warehouse-link a").click();
		assertThat(this.page.locator("main")).containsText("TKKS");
		screenshot("digitize-warehouse");
	}

	/**
	 * An earlier intake whose GCNKH was digitized and signed, so it is in the warehouse.
	 */
	private WarehouseItem seedWarehouse(String id) throws IOException {
		String file = this.documents.ingest(new ByteArrayInputStream(pdf("ket-hon")), "ket-hon.pdf").documentId();
		byte[] signed;
		try (InputStream in = this.documents.open(file)) {
			signed = this.signing.sign(in.readAllBytes(), SignerId.officer("desk1"));
		}
		String signedId = this.documents.ingest(new ByteArrayInputStream(signed), "ket-hon.pdf").documentId();
		Applicant applicant = new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, id, "Phạm Thị Lan", null, null, null,
				null);
		this.desk.receive(
				new IntakeCommand("1.001193", AgencyCode.of("000.20.01.H99"), Channel.COUNTER, applicant, null,
						List.of(new SubmittedDocument("TKKS", null, null, Provenance.NOT_DIGITIZED),
								new SubmittedDocument("GCS", null, null, Provenance.NOT_DIGITIZED),
								SubmittedDocument.digitized("GCNKH", signedId,
										new PaperMetadata("45/2020", LocalDate.of(2020, 3, 4), "UBND xã Đông Sơn", null,
												"Giấy chứng nhận kết hôn"),
										"desk1", Instant.now()))),
				null, ((Actor.Bearer) this.accounts.loadUserByUsername("desk1")).actor());
		return this.warehouse.items(OwnerId.parse(id)).get(0);
	}

	private Path png(String name) throws IOException {
		BufferedImage image = new BufferedImage(850, 1100, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 850, 1100);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
		g.drawString("TO KHAI DANG KY KHAI SINH", 120, 150);
		g.drawString("Ngay 30/11/2026", 120, 220);
		g.dispose();
		Path file = this.files.resolve(name);
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	private static byte[] pdf(String text) throws IOException {
		return TestPapers.pdf(text);
	}

}
