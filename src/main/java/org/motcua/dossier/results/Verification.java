package org.motcua.dossier.results;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.motcua.document.Documents;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.forms.Forms;
import org.motcua.dossier.forms.IssuedForm;
import org.motcua.dossier.forms.VerificationCode;
import org.motcua.signature.ChainStatus;
import org.motcua.signature.SignatureCheck;
import org.motcua.signature.SignatureReport;
import org.motcua.signature.Signing;
import org.motcua.signature.SigningRefused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification of documents, for anyone: by the verification code under a QR code
 * (results, certified copies, printed forms) and by an uploaded PDF.
 *
 * <p>
 * An upload is genuine when its SHA-256 is that of an issued form, a signed result, a
 * certified copy or a digitized paper of a dossier, and its signatures (if any) are
 * intact; or, when its hash is unknown, when it is a document the system issued with
 * signatures appended after (an earlier revision, ending at one of its {@code %%EOF}
 * markers, has a known hash) and every signature is intact, covers the file to its end
 * and chains to a trust anchor. Anything else is reported as not genuine, with the
 * signatures found.
 */
@Service
public class Verification {

	private final IssuedDocuments issued;

	private final Forms forms;

	private final Documents documents;

	private final Signing signing;

	private final DossierWork work;

	Verification(IssuedDocuments issued, Forms forms, Documents documents, Signing signing, DossierWork work) {
		this.issued = issued;
		this.forms = forms;
		this.documents = documents;
		this.signing = signing;
		this.work = work;
	}

	/**
	 * The document carrying the verification code a person typed or scanned (case, spaces
	 * and hyphens do not matter): empty when none carries it.
	 */
	@Transactional(readOnly = true)
	public Optional<Verdict> byCode(String typed) {
		Optional<VerificationCode> code = VerificationCode.parse(typed);
		if (code.isEmpty()) {
			return Optional.empty();
		}
		Optional<Known> known = this.issued.findByCode(code.get())
			.map(d -> new Known(d.documentId(), d.dossierCode(), d.kind().name(), d.verificationCode().value()))
			.or(() -> this.forms.findByVerificationCode(typed).map(Verification::known));
		return known.map(k -> {
			byte[] pdf = read(k.documentId());
			SignatureReport report = validate(pdf);
			return verdict(k, report, !report.isSigned() || report.isIntact());
		});
	}

	/**
	 * Whether the uploaded PDF is a document the system issued or digitized, unchanged.
	 * @throws org.motcua.platform.RequestRefused 413, 415 or 422 when it is not a
	 * readable PDF (the document module's checks)
	 */
	@Transactional(readOnly = true)
	public Verdict byUpload(InputStream upload) {
		byte[] pdf = this.documents.inspectPdf(upload);
		SignatureReport report = validate(pdf);
		Optional<Known> known = find(sha256(pdf, pdf.length));
		if (known.isPresent()) {
			return verdict(known.get(), report, !report.isSigned() || report.isIntact());
		}
		boolean trusted = report.isIntact()
				&& report.signatures().stream().allMatch(s -> s.chain() == ChainStatus.TRUSTED);
		if (trusted) {
			for (int end : revisionEnds(pdf)) {
				Optional<Known> earlier = find(sha256(pdf, end));
				if (earlier.isPresent()) {
					return verdict(earlier.get(), report, true);
				}
			}
		}
		return new Verdict(false, null, null, null, null, null, signatures(report));
	}

	private Optional<Known> find(String sha256) {
		return this.issued.findByDocument(sha256)
			.map(d -> new Known(d.documentId(), d.dossierCode(), d.kind().name(), d.verificationCode().value()))
			.or(() -> this.issued.findForm(sha256).map(f -> new Known(sha256, f[0], f[1], f[2])))
			.or(() -> this.issued.findPaper(sha256).map(code -> new Known(sha256, code, "PAPER", null)));
	}

	private Verdict verdict(Known known, SignatureReport report, boolean genuine) {
		String lastFour = known.dossierCode() == null ? null
				: this.work.find(known.dossierCode()).map(d -> d.applicant().idLastFour()).orElse(null);
		return new Verdict(genuine, known.documentId(), known.dossierCode(), known.kind(), known.verificationCode(),
				lastFour, signatures(report));
	}

	private static List<Verdict.Signature> signatures(SignatureReport report) {
		return report.signatures().stream().map(Verification::signature).toList();
	}

	private static Verdict.Signature signature(SignatureCheck check) {
		return new Verdict.Signature(check.signer(), check.signedAt(), check.intact(), check.certificateSubject(),
				check.chain() == ChainStatus.TRUSTED);
	}

	private SignatureReport validate(byte[] pdf) {
		try {
			return this.signing.validate(pdf);
		}
		catch (SigningRefused ex) {
			return new SignatureReport(List.of(), false);
		}
	}

	private byte[] read(String documentId) {
		try (InputStream in = this.documents.open(documentId)) {
			return in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Known known(IssuedForm form) {
		return new Known(form.documentId(), form.dossierCode(), form.kind().name(), form.verificationCode().value());
	}

	/**
	 * Where the earlier revisions of a PDF end: after each {@code %%EOF} marker but the
	 * last, with the end-of-line that follows it, latest first.
	 */
	static List<Integer> revisionEnds(byte[] pdf) {
		byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
		List<Integer> ends = new ArrayList<>();
		for (int i = 0; i + marker.length <= pdf.length; i++) {
			boolean match = true;
			for (int j = 0; j < marker.length && match; j++) {
				match = pdf[i + j] == marker[j];
			}
			if (!match) {
				continue;
			}
			int end = i + marker.length;
			ends.add(end);
			if (end < pdf.length && pdf[end] == '\r') {
				end++;
				ends.add(end);
			}
			if (end < pdf.length && pdf[end] == '\n') {
				end++;
				ends.add(end);
			}
		}
		ends.removeIf(end -> end >= pdf.length);
		java.util.Collections.reverse(ends);
		return ends;
	}

	static String sha256(byte[] bytes, int length) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(bytes, 0, length);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Verifies the PDF {@code pdf}, as {@link #byUpload(InputStream)}. */
	public Verdict byUpload(byte[] pdf) {
		return byUpload(new ByteArrayInputStream(pdf));
	}

	private record Known(String documentId, String dossierCode, String kind, String verificationCode) {

	}

}
