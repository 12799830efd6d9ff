package org.motcua.dossier.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes as PNG data URIs for the form templates. */
final class QrCodes {

	private QrCodes() {
	}

	/**
	 * Pixels per module in the PNG: whole pixels, so every module prints the same size.
	 */
	private static final int SCALE = 10;

	/**
	 * A PNG of {@code text} (error correction M, quiet zone of 2 modules) as a data URI.
	 * The image holds the symbol and its quiet zone only, at a whole number of pixels per
	 * module, so the printed symbol is as large as its box allows and its modules are
	 * even.
	 */
	static String pngDataUri(String text) {
		try {
			BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			BitMatrix matrix = new BitMatrix(modules.getWidth() * SCALE, modules.getHeight() * SCALE);
			for (int y = 0; y < modules.getHeight(); y++) {
				for (int x = 0; x < modules.getWidth(); x++) {
					if (modules.get(x, y)) {
						matrix.setRegion(x * SCALE, y * SCALE, SCALE, SCALE);
					}
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
