package org.motcua.dossier.forms;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.motcua.document.Documents;
import org.motcua.signature.Signing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Forms issued through the facade: stored once, served as the same bytes, found by code.
 */
@SpringBootTest
class FormsIntegrationTests {

	@Autowired
	Forms forms;

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Signing signing;

	@Test
	void issuesFormStoresItAndServesTheSameBytesEveryTime() throws IOException {
		Receipt receipt = receiptFor(uniqueDossierCode());
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		IssuedForm form = this.forms.issue(receipt, "desk1");

		assertThat(form.kind()).isEqualTo(FormKind.RECEIPT);
		assertThat(form.dossierCode()).isEqualTo(receipt.dossier().code());
		assertThat(form.issuedBy()).isEqualTo("desk1");
		assertThat(form.issuedAt()).isBetween(before, Instant.now());
		assertThat(this.documents.find(form.documentId())).get()
			.satisfies(file -> assertThat(file.mediaType()).isEqualTo("application/pdf"));
		byte[] first = this.forms.open(form);
		byte[] second = this.forms.open(this.forms.find(receipt.dossier().code(), FormKind.RECEIPT).orElseThrow());
		assertThat(second).isEqualTo(first);
		assertThat(sha256(first)).isEqualTo(form.documentId());
		assertThat(this.signing.validate(first).signatures()).singleElement()
			.satisfies(signature -> assertThat(signature.signer()).isEqualTo("UBND xã Đông Sơn"));
		PdfReading pdf = PdfReading.of(first);
		assertThat(pdf.text()).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", form.verificationCode().value());
		assertThat(QrPayload.parse(pdf.topLeftQr())).get()
			.extracting(QrPayload::verificationCode)
			.isEqualTo(form.verificationCode());
		try (PDDocument document = Loader.loadPDF(first)) {
			assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(form.issuedAt());
			assertThat(document.getDocumentInformation().getProducer()).isEqualTo("motcua");
		}
	}

	@Test
	void issuingAgainGivesANewFormAndFindAnswersTheLatest() {
		Receipt receipt = receiptFor(uniqueDossierCode());

		IssuedForm first = this.forms.issue(receipt, "desk1");
		IssuedForm again = this.forms.issue(receipt, "desk1");

		assertThat(again.documentId()).isNotEqualTo(first.documentId());
		assertThat(again.verificationCode()).isNotEqualTo(first.verificationCode());
		assertThat(this.forms.open(again)).isNotEqualTo(this.forms.open(first));
		assertThat(this.forms.find(receipt.dossier().code(), FormKind.RECEIPT)).contains(again);
		assertThat(this.forms.find(receipt.dossier().code(), FormKind.REFUSAL)).isEmpty();
	}

	@Test
	void findsFormByVerificationCodeTypedLoosely() {
		IssuedForm form = this.forms
			.issue(new StopNotice(Samples.DESK, facts(uniqueDossierCode()), "Người yêu cầu rút"), "specialist1");
		String typed = " " + form.verificationCode().value().replace("-", " ").toLowerCase(Locale.ROOT) + " ";

		assertThat(this.forms.findByVerificationCode(typed)).contains(form);
		assertThat(this.forms.findByVerificationCode(form.verificationCode().value())).contains(form);
		assertThat(this.forms.findByVerificationCode("0000-0000-0000")).isEmpty();
		assertThat(this.forms.findByVerificationCode("not a code")).isEmpty();
	}

	@Test
	void issuesTrackingBookWithoutDossier() throws IOException {
		IssuedForm book = this.forms.issue(Samples.trackingBook(12), "desk1");

		assertThat(book.dossierCode()).isNull();
		assertThat(this.forms.findByVerificationCode(book.verificationCode().value())).contains(book);
		assertThat(PdfReading.of(this.forms.open(book)).isA4Landscape()).isTrue();
	}

	@Test
	void databaseRefusesADuplicateVerificationCode() {
		IssuedForm form = this.forms.issue(Samples.refusal(), "desk1");

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.sql("INSERT INTO issued_form (kind, dossier_code, verification_code, document_id, issued_at, issued_by)"
					+ " VALUES ('REFUSAL', 'x', ?, ?, ?, 'desk1')")
			.params(form.verificationCode().value(), form.documentId(), Timestamp.from(Instant.now()))
			.update());
	}

	private static Receipt receiptFor(String dossierCode) {
		Receipt sample = Samples.receipt();
		return new Receipt(sample.issuer(), facts(dossierCode), sample.papers(), sample.timeLimit(),
				sample.resultPlace());
	}

	private static DossierFacts facts(String dossierCode) {
		DossierFacts sample = Samples.DOSSIER;
		return new DossierFacts(dossierCode, sample.procedureCode(), sample.procedureName(), sample.applicant(),
				sample.receivedAt(), sample.dueAt());
	}

	private static String uniqueDossierCode() {
		return String.format("000.20.01.H99-231027-%04d", ThreadLocalRandom.current().nextInt(10000))
				+ Long.toString(System.nanoTime() % 100000, 36);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
