package org.motcua.dossier.results;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.motcua.document.Documents;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.forms.FormsProperties;
import org.motcua.dossier.forms.VerificationCode;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.AgencyCode;
import org.motcua.signature.SignerId;
import org.motcua.signature.Signing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Electronic certified copies from originals (chứng thực bản sao điện tử từ bản chính,
 * Decree 23/2015/ND-CP and 45/2020/ND-CP): an officer who compared the scan of a
 * submitted paper with the original presented certifies it; the copy gets the line "Chứng
 * thực bản sao đúng với bản chính", a verification code and its QR code on its first
 * page, is signed with the agency's key under a visible stamp, stored, recorded on the
 * dossier's timeline ({@code CopyCertified}, audited) and put in the owner's warehouse as
 * a certified copy, all in one transaction.
 */
@Service
public class CertifiedCopies {

	/** The certification line printed on a copy. */
	public static final String CERTIFICATION = "Chứng thực bản sao đúng với bản chính";

	private final Results results;

	private final IssuedDocuments issued;

	private final Documents documents;

	private final Signing signing;

	private final DossierWork work;

	private final Deposits deposits;

	private final ResultDeposit names;

	private final FormsProperties forms;

	private final Clock clock;

	CertifiedCopies(Results results, IssuedDocuments issued, Documents documents, Signing signing, DossierWork work,
			Deposits deposits, ResultDeposit names, FormsProperties forms, Clock clock) {
		this.results = results;
		this.issued = issued;
		this.documents = documents;
		this.signing = signing;
		this.work = work;
		this.deposits = deposits;
		this.names = names;
		this.forms = forms;
		this.clock = clock;
	}

	/**
	 * Certifies the scan of the dossier's paper {@code requiredDocumentCode} as a copy of
	 * the original {@code by} compared it with.
	 * @throws RequestRefused 404 {@code result.copy-no-scan} when the dossier holds no
	 * scan of that paper; 409 {@code result.copy-no-key} when the agency has no key
	 */
	@Transactional
	public IssuedDocument certify(DossierView dossier, String requiredDocumentCode, String by) {
		String source = dossier.documents()
			.stream()
			.filter(d -> d.requiredDocumentCode().equals(requiredDocumentCode) && d.documentId() != null)
			.map(DossierView.Document::documentId)
			.findFirst()
			.orElseThrow(() -> RequestRefused.notFound("result.copy-no-scan", requiredDocumentCode));
		SignerId agency = SignerId.agency(AgencyCode.of(dossier.agency()));
		if (!this.signing.canSign(agency)) {
			throw RequestRefused.conflict("result.copy-no-key", dossier.agency());
		}
		VerificationCode code = this.results.newCode();
		String payload = String.join("|", "MOTCUA1", dossier.code(), dossier.procedure().code(),
				dossier.applicant().idLastFour(), "CERTIFIED_COPY", code.value());
		byte[] stamped = ResultStamp.stamp(this.results.read(source), payload, code, CERTIFICATION,
				this.forms.fontDir().resolve("DejaVuSans.ttf"));
		byte[] signed = this.signing.sign(stamped, agency, ResultStamp.signatureBox(stamped));
		String documentId = this.documents
			.store(new ByteArrayInputStream(signed),
					"ban-sao-chung-thuc-" + requiredDocumentCode + "-" + dossier.code() + ".pdf", "application/pdf")
			.sha256();
		IssuedDocument copy = new IssuedDocument(IssuedDocument.Kind.CERTIFIED_COPY, code, dossier.code(), documentId,
				requiredDocumentCode, Map.of(), source, by, this.clock.instant().truncatedTo(ChronoUnit.SECONDS));
		this.work.certifyCopy(dossier.code(), requiredDocumentCode, documentId, by, () -> {
			this.documents.claim(documentId, "dossier:" + dossier.code());
			this.issued.add(copy);
			this.deposits.deposit(copy, dossier.applicant(), this.names.issuer(dossier.agency()));
		});
		return copy;
	}

	/** The copies certified in a dossier, oldest first. */
	@Transactional(readOnly = true)
	public List<IssuedDocument> of(String dossierCode) {
		return this.issued.of(dossierCode, IssuedDocument.Kind.CERTIFIED_COPY);
	}

}
