package org.motcua.dossier;

import java.time.Instant;
import java.util.Objects;

/**
 * A paper the applicant gave for one of the procedure's required documents: the stored
 * file's SHA-256 ({@code documentId}, null for a paper not digitized), the warehouse item
 * it was reused from, how it arrived and, once digitized, its metadata, the officer who
 * digitized and signed it and when.
 *
 * <p>
 * A paper counts as {@link Provenance#DIGITIZED} only with its file, its metadata and the
 * signature of the officer who digitized it (Decision 766/QĐ-TTg, the digitization
 * indicators): one claimed as digitized without them is {@link Provenance#NOT_DIGITIZED}
 * and keeps none of them.
 */
public record SubmittedDocument(String requiredDocumentCode, String documentId, String warehouseItemId,
		Provenance provenance, PaperMetadata metadata, String digitizedBy, Instant digitizedAt) {

	public SubmittedDocument {
		if (requiredDocumentCode == null || requiredDocumentCode.isBlank()) {
			throw new IllegalArgumentException("A submitted document names its required document");
		}
		Objects.requireNonNull(provenance, "provenance");
		if (documentId != null && !documentId.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("A document ID is a SHA-256 in hex: " + documentId);
		}
		if (provenance == Provenance.DIGITIZED && (documentId == null || metadata == null || digitizedBy == null
				|| digitizedBy.isBlank() || digitizedAt == null)) {
			provenance = Provenance.NOT_DIGITIZED;
		}
		if (provenance != Provenance.DIGITIZED) {
			metadata = null;
			digitizedBy = null;
			digitizedAt = null;
		}
	}

	/** A paper without digitization metadata (on paper, uploaded, or reused). */
	public SubmittedDocument(String requiredDocumentCode, String documentId, String warehouseItemId,
			Provenance provenance) {
		this(requiredDocumentCode, documentId, warehouseItemId, provenance, null, null, null);
	}

	/**
	 * A paper digitized and signed by {@code by} at {@code at}, stored as
	 * {@code documentId}.
	 */
	public static SubmittedDocument digitized(String requiredDocumentCode, String documentId, PaperMetadata metadata,
			String by, Instant at) {
		return new SubmittedDocument(requiredDocumentCode, documentId, null, Provenance.DIGITIZED, metadata, by, at);
	}

	/** Whether the paper is digitized: its file, metadata and officer's signature. */
	public boolean isDigitized() {
		return this.provenance == Provenance.DIGITIZED;
	}

}
