package org.motcua.document;

/**
 * A stored paper's text is to be recognized in the background (the desk asked for it when
 * the paper was uploaded).
 *
 * @param documentId the SHA-256 of the stored PDF
 */
public record RecognitionRequested(String documentId) {

}
