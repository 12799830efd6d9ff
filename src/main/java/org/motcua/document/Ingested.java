package org.motcua.document;

/**
 * An uploaded paper as accepted and stored: always a PDF (images are converted).
 *
 * @param documentId the identifier other modules hold: the SHA-256 of the stored PDF
 * @param sha256 the SHA-256 of the stored PDF (lowercase hex)
 * @param mediaType always {@code application/pdf}
 * @param pages the number of pages
 * @param size the stored PDF's size in bytes
 * @param originalMediaType the type the upload's content showed ({@code application/pdf},
 * {@code image/jpeg}, {@code image/png} or {@code image/tiff})
 */
public record Ingested(String documentId, String sha256, String mediaType, int pages, long size,
		String originalMediaType) {

}
