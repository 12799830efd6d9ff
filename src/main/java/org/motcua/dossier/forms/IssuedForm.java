package org.motcua.dossier.forms;

import java.time.Instant;

/**
 * A form as issued: its PDF is the stored document {@code documentId}, served as those
 * bytes ever after.
 *
 * @param id the identifier
 * @param kind the form
 * @param dossierCode the dossier it is about, {@code null} for the tracking book
 * @param verificationCode the code printed under the QR code
 * @param documentId the SHA-256 of the PDF in the document store
 * @param issuedAt when it was issued (printed on it, and its PDF creation date)
 * @param issuedBy the username of who issued it
 */
public record IssuedForm(long id, FormKind kind, String dossierCode, VerificationCode verificationCode,
		String documentId, Instant issuedAt, String issuedBy) {

}
