package org.motcua.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the pages of a PDF as greyscale PNG files for text recognition, at the
 * configured resolution, or lower for a page so large that it would exceed
 * {@value #MAX_PIXELS} pixels.
 */
final class PageImages {

	static final long MAX_PIXELS = 40_000_000L;

	private PageImages() {
	}

	/**
	 * Writes page {@code index} (from 0) of {@code pdf} to a new temporary PNG file (the
	 * caller deletes it).
	 */
	static Rendered render(PDDocument pdf, int index, int dpi) throws IOException {
		PDRectangle box = pdf.getPage(index).getCropBox();
		float scale = dpi / 72f;
		double pixels = (double) box.getWidth() * scale * box.getHeight() * scale;
		if (pixels > MAX_PIXELS) {
			scale *= (float) Math.sqrt(MAX_PIXELS / pixels);
		}
		BufferedImage image = new PDFRenderer(pdf).renderImage(index, scale, ImageType.GRAY);
		Path file = Files.createTempFile("motcua-page-", ".png");
		try {
			ImageIO.write(image, "png", file.toFile());
			return new Rendered(file, Math.round(scale * 72));
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	/** A rendered page and the resolution it was rendered at. */
	record Rendered(Path file, int dpi) {

	}

}
