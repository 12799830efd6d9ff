package org.motcua.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.motcua.platform.RequestRefused;
import org.w3c.dom.Node;

/**
 * Turns a scanned image (JPEG, PNG, or TIFF with one or more pages) into one PDF with a
 * page per image. A page has the image's size at its resolution when the image states a
 * plausible one (50–2400 dpi); otherwise it is an A4 page, turned to the image's
 * orientation, with the image fitted and centred. JPEG data is embedded as it is (no
 * re-encoding); other images losslessly. The PDF is marked PDF/A-2b (see {@link PdfA}).
 */
final class ImageConversion {

	/**
	 * Images larger than this (in pixels, per page) are refused before decoding: an A3
	 * page scanned at 400 dpi, or A4 at 600 dpi, is about 31 million pixels.
	 */
	static final long MAX_PIXELS = 50_000_000L;

	private static final float POINTS_PER_INCH = 72;

	private ImageConversion() {
	}

	/**
	 * Writes the PDF of the image in {@code image} to {@code target} and answers its
	 * number of pages.
	 * @throws RequestRefused 422 {@code document.unreadable}, {@code document.empty},
	 * {@code document.too-many-pages} or {@code document.image-too-large}
	 */
	static int convert(Path image, PaperType type, int maxPages, byte[] id, Path target) {
		try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
			Iterator<ImageReader> readers = (in != null) ? ImageIO.getImageReaders(in) : null;
			if (readers == null || !readers.hasNext()) {
				throw Refusals.unreadable();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, false, false);
				int pages = reader.getNumImages(true);
				if (pages <= 0) {
					throw Refusals.empty();
				}
				if (pages > maxPages) {
					throw Refusals.tooManyPages(pages, maxPages);
				}
				try (PDDocument pdf = new PDDocument(MemoryUsageSetting.setupMixed(PdfInspection.MEMORY).streamCache)) {
					for (int i = 0; i < pages; i++) {
						long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
						if (pixels > MAX_PIXELS) {
							throw Refusals.imageTooLarge(MAX_PIXELS / 1_000_000);
						}
						PDImageXObject picture = picture(pdf, reader, i, type, image);
						addPage(pdf, picture, dpi(reader.getImageMetadata(i)));
					}
					PdfA.mark(pdf, id);
					pdf.save(target.toFile());
				}
				return pages;
			}
			finally {
				reader.dispose();
			}
		}
		catch (RequestRefused ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw Refusals.unreadable();
		}
	}

	private static PDImageXObject picture(PDDocument pdf, ImageReader reader, int index, PaperType type, Path image)
			throws IOException {
		if (type == PaperType.JPEG) {
			// Check the image decodes before embedding its bytes unchanged.
			reader.read(index);
			try (InputStream bytes = Files.newInputStream(image)) {
				return JPEGFactory.createFromStream(pdf, bytes);
			}
		}
		BufferedImage decoded = reader.read(index);
		return LosslessFactory.createFromImage(pdf, decoded);
	}

	private static void addPage(PDDocument pdf, PDImageXObject picture, float[] dpi) throws IOException {
		float width = picture.getWidth();
		float height = picture.getHeight();
		PDRectangle box;
		float x = 0;
		float y = 0;
		float w;
		float h;
		if (dpi != null && width * POINTS_PER_INCH / dpi[0] <= 14_400 && height * POINTS_PER_INCH / dpi[1] <= 14_400) {
			w = width * POINTS_PER_INCH / dpi[0];
			h = height * POINTS_PER_INCH / dpi[1];
			box = new PDRectangle(w, h);
		}
		else {
			box = (width > height) ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
					: PDRectangle.A4;
			float scale = Math.min(box.getWidth() / width, box.getHeight() / height);
			w = width * scale;
			h = height * scale;
			x = (box.getWidth() - w) / 2;
			y = (box.getHeight() - h) / 2;
		}
		PDPage page = new PDPage(box);
		pdf.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
			content.drawImage(picture, x, y, w, h);
		}
	}

	/** The horizontal and vertical resolution the image states, if plausible. */
	static float[] dpi(IIOMetadata metadata) {
		if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
			return null;
		}
		Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
		float x = dpi(root, "HorizontalPixelSize");
		float y = dpi(root, "VerticalPixelSize");
		if (x <= 0 && y <= 0) {
			return null;
		}
		x = (x > 0) ? x : y;
		y = (y > 0) ? y : x;
		return (plausible(x) && plausible(y)) ? new float[] { x, y } : null;
	}

	private static boolean plausible(float dpi) {
		return dpi >= 50 && dpi <= 2400;
	}

	private static float dpi(Node root, String name) {
		for (Node dimension = root.getFirstChild(); dimension != null; dimension = dimension.getNextSibling()) {
			if (!"Dimension".equals(dimension.getNodeName())) {
				continue;
			}
			for (Node child = dimension.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (name.equals(child.getNodeName()) && child.getAttributes().getNamedItem("value") != null) {
					try {
						float millimetresPerPixel = Float
							.parseFloat(child.getAttributes().getNamedItem("value").getNodeValue());
						return (millimetresPerPixel > 0) ? 25.4f / millimetresPerPixel : 0;
					}
					catch (NumberFormatException ex) {
						return 0;
					}
				}
			}
		}
		return 0;
	}

}
