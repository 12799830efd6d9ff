package org.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes an accepted PDF out of an uploaded paper: tells its type from its first bytes,
 * checks a PDF as it is and converts an image to a PDF. Plain code, no Spring.
 */
final class Papers {

	private Papers() {
	}

	/**
	 * The PDF for the upload in {@code original}: the same file for a PDF, a new
	 * temporary file (the caller deletes it) for an image.
	 * @param id the SHA-256 of the upload, used to identify a converted PDF
	 * @throws org.motcua.platform.RequestRefused 415 or 422 with the reason
	 */
	static Prepared prepare(Path original, byte[] id, int maxPages) throws IOException {
		if (Files.size(original) == 0) {
			throw Refusals.empty();
		}
		byte[] head;
		try (InputStream in = Files.newInputStream(original)) {
			head = in.readNBytes(PaperType.SIGNATURE_LENGTH);
		}
		PaperType type = PaperType.of(head).orElseThrow(Refusals::unsupportedType);
		if (!type.isImage()) {
			return new Prepared(original, PdfInspection.pages(original, maxPages), type);
		}
		Path pdf = Files.createTempFile("motcua-converted-", ".pdf");
		try {
			int pages = ImageConversion.convert(original, type, maxPages, id, pdf);
			return new Prepared(pdf, pages, type);
		}
		catch (RuntimeException ex) {
			Files.deleteIfExists(pdf);
			throw ex;
		}
	}

	/** A PDF ready to store, its pages, and the type of the upload it came from. */
	record Prepared(Path pdf, int pages, PaperType originalType) {

	}

}
