package org.motcua.document;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the text in a picture of a page (optical character recognition). One adapter per
 * engine; {@link Tesseract} is the one in use.
 */
interface TextRecognition {

	/** Whether recognition can run here, and why not. */
	OcrStatus status();

	/**
	 * The text in the image file {@code image} (PNG) of {@code dpi} dots per inch, lines
	 * separated by {@code \n}.
	 * @throws IOException when the engine fails or takes too long
	 */
	String recognize(Path image, int dpi) throws IOException;

}
