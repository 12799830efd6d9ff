package org.motcua.dossier.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.motcua.document.Documents;
import org.motcua.document.StoredFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printed forms of dossiers (Circular 01/2018/TT-VPCP, replaced by 03/2025/TT-VPCP):
 * each is rendered once when issued, stored as a PDF in the document store by its
 * SHA-256, recorded with its verification code, and served as those same bytes ever
 * after, so its hash (and later its signature) verifies. Issuing again for the same event
 * is the caller's choice and gives a new form with a new verification code.
 */
@Service
public class Forms {

	private final FormRenderer renderer;

	private final IssuedForms issued;

	private final Documents documents;

	private final Clock clock;

	Forms(FormRenderer renderer, IssuedForms issued, Documents documents, Clock clock) {
		this.renderer = renderer;
		this.issued = issued;
		this.documents = documents;
		this.clock = clock;
	}

	/**
	 * Issues a form: renders {@code content} as a PDF with a new verification code and
	 * the current instant (to the second) printed on it, stores it and records it.
	 * @param content what the form prints; its kind decides the form
	 * @param issuedBy the username of who issues it
	 * @return the issued form
	 */
	@Transactional
	public IssuedForm issue(FormContent content, String issuedBy) {
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(issuedBy, "issuedBy");
		Instant issuedAt = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		VerificationCode code = newCode();
		byte[] pdf = this.renderer.render(content, code, issuedAt);
		String dossierCode = (content instanceof DossierForm form) ? form.dossier().code() : null;
		StoredFile stored = this.documents.store(new ByteArrayInputStream(pdf), filename(content.kind(), dossierCode),
				"application/pdf");
		return this.issued.add(content.kind(), dossierCode, code, stored.sha256(), issuedAt, issuedBy);
	}

	/** The latest form of {@code kind} issued for the dossier {@code dossierCode}. */
	@Transactional(readOnly = true)
	public Optional<IssuedForm> find(String dossierCode, FormKind kind) {
		return this.issued.findLatest(dossierCode, kind);
	}

	/**
	 * The form carrying the verification code a person typed or scanned (case, spaces and
	 * hyphens do not matter); empty when no form carries it or it cannot be a code.
	 */
	@Transactional(readOnly = true)
	public Optional<IssuedForm> findByVerificationCode(String typed) {
		return VerificationCode.parse(typed).flatMap(this.issued::findByVerificationCode);
	}

	/** The PDF of an issued form: the bytes stored when it was issued. */
	public byte[] open(IssuedForm form) {
		try (InputStream in = this.documents.open(form.documentId())) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private VerificationCode newCode() {
		VerificationCode code = VerificationCode.random();
		while (this.issued.exists(code)) {
			code = VerificationCode.random();
		}
		return code;
	}

	private static String filename(FormKind kind, String dossierCode) {
		return kind.template() + (dossierCode == null ? "" : "-" + dossierCode) + ".pdf";
	}

}
