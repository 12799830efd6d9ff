package org.motcua.document;

/**
 * A page whose recognized text holds the words searched for.
 *
 * @param documentId the document (the SHA-256 of its PDF)
 * @param page the page number, from 1
 * @param excerpt the text around the first match
 */
public record TextMatch(String documentId, int page, String excerpt) {

}
