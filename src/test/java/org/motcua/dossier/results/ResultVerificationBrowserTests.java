package org.motcua.dossier.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.motcua.browser.BrowserTest;
import org.motcua.document.Documents;
import org.motcua.dossier.Action;
import org.motcua.dossier.ActionBody;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IdType;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approver approves a dossier on its page; the signed result's verification page says
 * genuine; an altered copy uploaded to the verification page is reported as not genuine.
 * Screenshots land in {@code target/screenshots}, the signed result in
 * {@code target/screenshots/signed-result.pdf}.
 */
class ResultVerificationBrowserTests extends BrowserTest {

	@Autowired
	DossierDesk desk;

	@Autowired
	DossierWork work;

	@Autowired
	Documents documents;

	@Autowired
	Results results;

	@Autowired
	UserDetailsService users;

	@Test
	void approvedResultVerifiesAndAnAlteredCopyDoesNot() throws IOException {
		String code = awaitingApproval();

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

		this.page.locator("#result-verification a").click();
		assertThat(this.page.locator("#verdict-genuine")).hasText("Hợp lệ");
		assertThat(this.page.locator("#verdict-dossier")).hasText(code);
		assertThat(this.page.locator("#signatures")).containsText("approver1");
		screenshot("results-2-verify-code");

		byte[] altered = signed.clone();
		altered[10] = (byte) (altered[10] ^ 0x01);
		Path file = Files.createTempFile("ket-qua-sua", ".pdf");
		Files.write(file, altered);
		this.page.navigate("/verify");
		this.page.locator("#file").setInputFiles(file);
		this.page.locator("#verify-upload button[type=submit]").click();
		assertThat(this.page.locator("#verdict-not-genuine")).hasText("Không hợp lệ");
		assertThat(this.page.locator("#signatures")).containsText("Đã bị thay đổi");
		screenshot("results-3-verify-altered");
		Files.deleteIfExists(file);
	}

	private String awaitingApproval() {
		Actor desk1 = actor("desk1");
		String paper = this.documents.ingest(new java.io.ByteArrayInputStream(ResultsWebTests.pdf("TKKS")), "tkks.pdf")
			.documentId();
		String id = "0340992" + String.format("%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100000));
		IntakeCommand command = new IntakeCommand("1.001193", AgencyCode.of("000.20.01.H99"), Channel.COUNTER,
				new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, id, "Trần Thị Kiểm Tra", null, "0912345678", null,
						"Thôn 1, Đông Sơn"),
				null, java.util.List.of(new SubmittedDocument("TKKS", paper, null, Provenance.DIGITIZED),
						new SubmittedDocument("GCS", null, null, Provenance.NOT_DIGITIZED)));
		String code = this.desk.receive(command, null, desk1).code();
		this.desk.act(code, Action.HAND_OVER, ActionBody.empty(), desk1);
		this.desk.act(code, Action.HAND_OVER, ActionBody.empty(), actor("specialist1"));
		String result = this.documents
			.ingest(new java.io.ByteArrayInputStream(ResultsWebTests.pdf("Giay khai sinh")), "gks.pdf")
			.documentId();
		Actor approver = actor("approver1");
		this.desk.act(code, Action.FINISH, new ActionBody(null, null, null, null, null, null, null, null, null, null,
				null, null, result, null, null, null), approver, after -> {
					this.documents.claim(result, "dossier:" + code);
					this.results.enterFields(after, "GKS",
							java.util.Map.of("fullName", "Trần Bé Na", "birthDate", "2026-11-20", "personalId",
									"034326000456", "placeOfBirth", "Đông Sơn", "fatherName", "Trần Văn Bố",
									"motherName", "Lê Thị Mẹ"),
							"specialist1");
				});
		return code;
	}

	private Actor actor(String username) {
		return ((Actor.Bearer) this.users.loadUserByUsername(username)).actor();
	}

}
