package org.motcua.dossier.results;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.motcua.dossier.forms.VerificationCode;
import org.motcua.signature.Stamp;

/**
 * Puts a QR code and its verification code on the first page of a PDF, in the top-left
 * corner as on the printed forms, before the PDF is signed; and chooses where a visible
 * signature stamp goes (the first page's bottom-right corner).
 */
final class ResultStamp {

	/** The QR code's side, in points. */
	static final float QR_SIZE = 64;

	static final float MARGIN = 14;

	private ResultStamp() {
	}

	/**
	 * The PDF with the QR code of {@code payload} and the line "Mã xác minh:
	 * {@code code}" drawn on its first page, saved anew (the caller signs it afterwards).
	 */
	static byte[] stamp(byte[] pdf, String payload, VerificationCode code, String label, Path font) {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = document.getPage(0);
			PDRectangle box = page.getCropBox();
			PDImageXObject image = LosslessFactory.createFromImage(document, qr(payload));
			PDType0Font text = PDType0Font.load(document, font.toFile());
			float top = box.getUpperRightY() - MARGIN;
			float left = box.getLowerLeftX() + MARGIN;
			try (PDPageContentStream content = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				content.setNonStrokingColor(java.awt.Color.WHITE);
				content.addRect(left - 2, top - QR_SIZE - 22, 210, QR_SIZE + 24);
				content.fill();
				content.drawImage(image, left, top - QR_SIZE, QR_SIZE, QR_SIZE);
				content.setNonStrokingColor(java.awt.Color.BLACK);
				content.beginText();
				content.setFont(text, 7);
				content.newLineAtOffset(left, top - QR_SIZE - 9);
				content.showText(label);
				content.newLineAtOffset(0, -9);
				content.setFont(text, 8);
				content.showText(code.value());
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A visible signature stamp in the bottom-right corner of the first page. */
	static Stamp signatureBox(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDRectangle box = document.getPage(0).getCropBox();
			float width = 200;
			float height = 60;
			float x = Math.max(0, box.getWidth() - width - MARGIN);
			float y = Math.max(0, box.getHeight() - height - MARGIN);
			return new Stamp(1, x, y, width, height);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BufferedImage qr(String text) {
		try {
			BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			int scale = 6;
			BitMatrix matrix = new BitMatrix(modules.getWidth() * scale, modules.getHeight() * scale);
			for (int y = 0; y < modules.getHeight(); y++) {
				for (int x = 0; x < modules.getWidth(); x++) {
					if (modules.get(x, y)) {
						matrix.setRegion(x * scale, y * scale, scale, scale);
					}
				}
			}
			return MatrixToImageWriter.toBufferedImage(matrix);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", ex);
		}
	}

}
