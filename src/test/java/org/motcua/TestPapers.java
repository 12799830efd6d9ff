package org.motcua;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Scanned papers as the tests upload them: one-page PDFs, different every time. */
public final class TestPapers {

	private TestPapers() {
	}

	/**
	 * A one-page PDF showing {@code line} (letters outside ASCII as {@code ?}) and a
	 * random UUID, so no two are the same bytes.
	 */
	public static byte[] pdf(String line) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				text.newLineAtOffset(72, 700);
				text.showText(line.replaceAll("[^\\x20-\\x7e]", "?") + " " + UUID.randomUUID());
				text.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
