package org.motcua.document;

import java.util.List;

/**
 * The text recognized on a stored document, page by page, and what it suggests.
 *
 * @param documentId the document (the SHA-256 of its PDF)
 * @param pages the text of each page, in page order
 * @param suggestions metadata found in the text
 */
public record RecognizedText(String documentId, List<String> pages, Suggestions suggestions) {

	/** All pages' text, separated by blank lines. */
	public String text() {
		return String.join("\n\n", this.pages);
	}

}
