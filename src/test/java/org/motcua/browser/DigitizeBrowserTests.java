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

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.motcua.dossier.Action;
import org.motcua.dossier.ActionBody;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.results.IssuedDocument;
import org.motcua.dossier.results.Results;
import org.motcua.warehouse.ItemKind;
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
 * Digitization from intake to a verified result, in the browser: a desk intake where one
 * paper is reused from the applicant's warehouse (put there by an earlier intake) and
 * another is a scanned image, read in the background (its issue date suggested on the
 * page), digitized with its metadata and signed; the dossier's page tells each paper's
 * provenance. The dossier is then handled to its result, which the approver signs on the
 * dossier's page; the signed result lands in the applicant's warehouse, its verification
 * page says genuine, and an altered copy uploaded to the verification page is reported as
 * not genuine. Screenshots land in {@code target/screenshots}, the signed result in
 * {@code target/screenshots/signed-result.pdf}.
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

	@Autowired
	Results results;

	@Test
	void reusesAPaperDigitizesAScanSignsTheResultAndVerifiesIt() throws Exception {
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
		// read in the background: the page asks until the issue date printed on the scan
		// is
		// suggested
		assertThat(this.page.locator("[id='papers0.issuedOn']")).hasValue("2026-11-30",
				new LocatorAssertions.HasValueOptions().setTimeout(180_000));
		assertThat(this.page.locator("#ocr-0")).hasClass("hint suggested");
		this.page.locator("[id='papers0.number']").fill("TK-01");
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

		toApproval(code);
		login("approver1", "motcua2026");
		this.page.navigate("/dossiers/" + code);
		this.page.locator("#approve button[type=submit]").click();
		assertThat(this.page.locator("#result-verification")).isVisible();
		screenshot("results-1-approved");
		assertThat(this.work.find(code).orElseThrow().status()).isEqualTo(DossierStatus.FINISHED);
		IssuedDocument issued = this.results.issuedResult(code).orElseThrow();
		byte[] signed;
		try (InputStream in = this.documents.open(issued.documentId())) {
			signed = in.readAllBytes();
		}
		Files.createDirectories(Paths.get("target", "screenshots"));
		Files.write(Paths.get("target", "screenshots", "signed-result.pdf"), signed);
		WarehouseItem result = awaitResultInWarehouse(id);
		assertThat(result.documentId()).isEqualTo(issued.documentId());
		assertThat(result.provenance().dossierCode()).isEqualTo(code);

		this.page.locator("#result-verification a").click();
		assertThat(this.page.locator("#verdict-genuine")).hasText("Hợp lệ");
		assertThat(this.page.locator("#verdict-dossier")).hasText(code);
		assertThat(this.page.locator("#signatures")).containsText("approver1");
		screenshot("results-2-verify-code");

		byte[] altered = signed.clone();
		altered[10] = (byte) (altered[10] ^ 0x01);
		Path file = this.files.resolve("ket-qua-sua.pdf");
		Files.write(file, altered);
		this.page.navigate("/verify");
		this.page.locator("#file").setInputFiles(file);
		this.page.locator("#verify-upload button[type=submit]").click();
		assertThat(this.page.locator("#verdict-not-genuine")).hasText("Không hợp lệ");
		assertThat(this.page.locator("#signatures")).containsText("Đã bị thay đổi");
		screenshot("results-3-verify-altered");
	}

	/**
	 * The dossier handed on through its plan and its result drafted with its fields, as
	 * the specialist and the approver do on their pages (those are tested on their own).
	 */
	private void toApproval(String code) {
		Actor desk1 = actor("desk1");
		this.desk.act(code, Action.HAND_OVER, ActionBody.empty(), desk1);
		this.desk.act(code, Action.HAND_OVER, ActionBody.empty(), actor("specialist1"));
		String result = this.documents
			.ingest(new ByteArrayInputStream(TestPapers.pdf("Giay khai sinh")), "giay-khai-sinh.pdf")
			.documentId();
		this.desk.act(code, Action.FINISH, new ActionBody(null, null, null, null, null, null, null, null, null, null,
				null, null, result, null, null, null), actor("approver1"), (after) -> {
					this.documents.claim(result, "dossier:" + code);
					this.results.enterFields(after, "GKS",
							Map.of("fullName", "Phạm Bé Na", "birthDate", "2026-11-20", "personalId", "034326000457",
									"placeOfBirth", "Đông Sơn", "fatherName", "Phạm Văn Bố", "motherName",
									"Phạm Thị Lan"),
							"specialist1");
				});
	}

	/** The result is deposited by a listener after the approval's commit. */
	private WarehouseItem awaitResultInWarehouse(String id) throws InterruptedException {
		Instant until = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(until)) {
			java.util.Optional<WarehouseItem> result = this.warehouse.items(OwnerId.parse(id))
				.stream()
				.filter((item) -> item.kind() == ItemKind.RESULT)
				.findFirst();
			if (result.isPresent()) {
				return result.get();
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the signed result did not land in the warehouse of " + id);
	}

	private Actor actor(String username) {
		return ((Actor.Bearer) this.accounts.loadUserByUsername(username)).actor();
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
				null, actor("desk1"));
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
