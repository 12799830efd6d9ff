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
import org.motcua.signature.SignerId;
import org.motcua.signature.Signing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printed forms of dossiers (Circular 01/2018/TT-VPCP, replaced by 03/2025/TT-VPCP):
 * each is rendered once when issued, stored as a PDF in the document store by its
 * SHA-256, recorded with its verification code, and served as those same bytes ever
 * after, so its hash and its signature verify. The PDF is signed (PAdES) with the key of
 * the issuing agency before it is stored; an agency without a key gets its forms
 * unsigned, and a warning in the log. Issuing again for the same event is the caller's
 * choice and gives a new form with a new verification code.
 */
@Service
public class Forms {

	private static final Logger log = LoggerFactory.getLogger(Forms.class);

	private final FormRenderer renderer;

	private final IssuedForms issued;

	private final Documents documents;

	private final Signing signing;

	private final Clock clock;

	Forms(FormRenderer renderer, IssuedForms issued, Documents documents, Signing signing, Clock clock) {
		this.renderer = renderer;
		this.issued = issued;
		this.documents = documents;
		this.signing = signing;
		this.clock = clock;
	}

	/**
	 * Issues a form: renders {@code content} as a PDF with a new verification code and
	 * the current instant (to the second) printed on it, signs it with the key of the
	 * issuer's agency, stores it and records it.
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
		byte[] pdf = seal(this.renderer.render(content, code, issuedAt), content.issuer());
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

	/**
	 * The PDF signed with the issuing agency's key, or as it is when the agency has none.
	 */
	private byte[] seal(byte[] pdf, Issuer issuer) {
		if (issuer.agencyCode() == null) {
			return pdf;
		}
		SignerId agency = SignerId.agency(issuer.agencyCode());
		if (!this.signing.canSign(agency)) {
			log.warn("No signing key for the agency {}: its form is issued unsigned", issuer.agencyCode().value());
			return pdf;
		}
		return this.signing.sign(pdf, agency);
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
