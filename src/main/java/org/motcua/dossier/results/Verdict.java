package org.motcua.dossier.results;

import java.time.Instant;
import java.util.List;

/**
 * What verification found about a document: whether it is one the system issued or
 * digitized, unchanged; which document and dossier; and its signatures as validated.
 *
 * @param genuine whether it is, byte for byte or by its intact signatures, a document the
 * system issued or digitized
 * @param documentId the SHA-256 of the document the system holds, {@code null} when none
 * matched
 * @param dossierCode the dossier it belongs to, {@code null} when none
 * @param kind {@code RESULT}, {@code CERTIFIED_COPY}, {@code PAPER} (a digitized paper)
 * or a form's kind ({@code RECEIPT}…); {@code null} when none matched
 * @param verificationCode the code printed under its QR, {@code null} for papers and
 * unknown documents
 * @param idLastFour the last 4 characters of the applicant's ID, {@code null} when
 * unknown
 * @param signatures its signatures
 */
public record Verdict(boolean genuine, String documentId, String dossierCode, String kind, String verificationCode,
		String idLastFour, List<Signature> signatures) {

	public Verdict {
		signatures = signatures == null ? List.of() : List.copyOf(signatures);
	}

	/**
	 * One signature: the signer's name, the signing time, whether the signed bytes are
	 * unchanged, the certificate's subject, and whether it chains to a trust anchor.
	 */
	public record Signature(String signer, Instant signedAt, boolean intact, String certificateSubject,
			boolean trusted) {

	}

}
