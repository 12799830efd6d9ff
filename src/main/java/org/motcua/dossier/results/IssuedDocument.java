package org.motcua.dossier.results;

import java.time.Instant;
import java.util.Map;

import org.motcua.dossier.forms.VerificationCode;

/**
 * A signed result or an electronic certified copy the dossier module issued, stored as
 * the document {@code documentId} (its SHA-256).
 *
 * @param kind {@code RESULT} or {@code CERTIFIED_COPY}
 * @param verificationCode the code anyone checks it by ({@code /verify/<code>})
 * @param dossierCode the dossier it was issued in
 * @param documentId the SHA-256 of the signed PDF
 * @param typeCode the result type code, or the required document code of the copied paper
 * @param data the structured fields of a result (empty for a copy)
 * @param sourceDocumentId the scan a copy was certified from; {@code null} for a result
 * @param signedBy the approver's username (result) or the certifying officer's (copy)
 * @param signedAt when it was signed
 */
public record IssuedDocument(Kind kind, VerificationCode verificationCode, String dossierCode, String documentId,
		String typeCode, Map<String, String> data, String sourceDocumentId, String signedBy, Instant signedAt) {

	public IssuedDocument {
		data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
	}

	/** What was issued. */
	public enum Kind {

		/** The result of the dossier, signed by its approver. */
		RESULT,
		/**
		 * An electronic copy certified from an original, signed with the agency's key.
		 */
		CERTIFIED_COPY

	}

}
