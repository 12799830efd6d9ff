package org.motcua.document;

/**
 * Whether the text of papers can be recognized on this installation.
 *
 * @param available whether recognition runs
 * @param engine the engine and its version when available (e.g. {@code tesseract 5.3.0})
 * @param languages the language packs used (e.g. {@code vie+eng})
 * @param reason why recognition is unavailable, {@code null} when it is available
 */
public record OcrStatus(boolean available, String engine, String languages, String reason) {

	static OcrStatus available(String engine, String languages) {
		return new OcrStatus(true, engine, languages, null);
	}

	static OcrStatus unavailable(String languages, String reason) {
		return new OcrStatus(false, null, languages, reason);
	}

}
