package org.motcua.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** One-page PDFs to sign, their text in an uncompressed content stream. */
final class TestPdfs {

	static final String TEXT = "Giay tiep nhan ho so va hen tra ket qua";

	private TestPdfs() {
	}

	static byte[] onePage() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A5);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.OVERWRITE, false)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(40, 500);
				content.showText(TEXT);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A copy with one letter of the page's text changed (inside the signed bytes). */
	static byte[] tampered(byte[] signed) {
		byte[] copy = signed.clone();
		String latin = new String(copy, StandardCharsets.ISO_8859_1);
		int at = latin.indexOf(TEXT);
		if (at < 0) {
			throw new IllegalStateException("the page text is not in the file");
		}
		copy[at] = 'X';
		return copy;
	}

}
