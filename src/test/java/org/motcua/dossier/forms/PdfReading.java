package org.motcua.dossier.forms;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a test reads back from a PDF: pages, text, fonts, the QR code in the top-left. */
public record PdfReading(List<PDRectangle> pages, String text, List<PDFont> fonts, String topLeftQr) {

	public static PdfReading of(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDRectangle> pages = new ArrayList<>();
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				pages.add(page.getMediaBox());
				for (var name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			String text = new PDFTextStripper().getText(document);
			return new PdfReading(pages, text, fonts, topLeftQr(document));
		}
	}

	/**
	 * The text of the QR code in the top-left quarter (width) and fifth (height) of page
	 * 1, read the way a scanner would: at two resolutions, with two binarizers.
	 */
	private static String topLeftQr(PDDocument document) throws IOException {
		PDFRenderer renderer = new PDFRenderer(document);
		for (int dpi : new int[] { 200, 300 }) {
			BufferedImage page = renderer.renderImageWithDPI(0, dpi);
			BufferedImage corner = page.getSubimage(0, 0, page.getWidth() / 4, page.getHeight() / 5);
			var luminance = new BufferedImageLuminanceSource(corner);
			for (var bitmap : List.of(new BinaryBitmap(new HybridBinarizer(luminance)),
					new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(luminance)))) {
				try {
					return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
				}
				catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException ex) {
					// try the next way of reading
				}
			}
		}
		return null;
	}

	public boolean isA5Portrait() {
		return this.pages.stream()
			.allMatch(page -> Math.abs(page.getWidth() - 420) <= 1 && Math.abs(page.getHeight() - 595) <= 1);
	}

	public boolean isA4Landscape() {
		return this.pages.stream()
			.allMatch(page -> Math.abs(page.getWidth() - 842) <= 1 && Math.abs(page.getHeight() - 595) <= 1);
	}

	/** The text with line breaks made spaces, so wrapped phrases still match. */
	public String flatText() {
		return this.text.replaceAll("\\s+", " ");
	}

}
