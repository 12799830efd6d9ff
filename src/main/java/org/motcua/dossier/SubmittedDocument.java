package org.motcua.dossier;

import java.util.Objects;

/**
 * A paper the applicant gave for one of the procedure's required documents: the stored
 * file's SHA-256 ({@code documentId}, null for a paper not digitized), the warehouse item
 * it was reused from, and how it arrived.
 */
public record SubmittedDocument(String requiredDocumentCode, String documentId, String warehouseItemId,
		Provenance provenance) {

	public SubmittedDocument {
		if (requiredDocumentCode == null || requiredDocumentCode.isBlank()) {
			throw new IllegalArgumentException("A submitted document names its required document");
		}
		Objects.requireNonNull(provenance, "provenance");
		if (documentId != null && !documentId.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("A document ID is a SHA-256 in hex: " + documentId);
		}
	}

}
