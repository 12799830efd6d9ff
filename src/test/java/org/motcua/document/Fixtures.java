package org.motcua.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Papers generated for tests: PDFs with PDFBox, images with ImageIO; each unique. */
final class Fixtures {

	private Fixtures() {
	}

	static byte[] pdf(int pages) throws IOException {
		try (PDDocument pdf = document(pages)) {
			return save(pdf);
		}
	}

	static byte[] encryptedPdf() throws IOException {
		try (PDDocument pdf = document(1)) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			pdf.protect(policy);
			return save(pdf);
		}
	}

	/** Encrypted without a password to open it (only an owner password). */
	static byte[] ownerProtectedPdf() throws IOException {
		try (PDDocument pdf = document(1)) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			pdf.protect(policy);
			return save(pdf);
		}
	}

	static byte[] truncatedPdf() throws IOException {
		byte[] whole = pdf(2);
		return Arrays.copyOf(whole, whole.length / 2);
	}

	static byte[] javaScriptPdf() throws IOException {
		try (PDDocument pdf = document(1)) {
			pdf.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi');"));
			return save(pdf);
		}
	}

	static byte[] embeddedFilePdf() throws IOException {
		try (PDDocument pdf = document(1)) {
			PDEmbeddedFile embedded = new PDEmbeddedFile(pdf,
					new java.io.ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII)));
			PDComplexFileSpecification spec = new PDComplexFileSpecification();
			spec.setFile("run.exe");
			spec.setEmbeddedFile(embedded);
			PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
			tree.setNames(java.util.Map.of("run.exe", spec));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
			names.setEmbeddedFiles(tree);
			pdf.getDocumentCatalog().setNames(names);
			return save(pdf);
		}
	}

	/** A PDF header, then nothing that makes a document. */
	static byte[] garbagePdf() {
		return "%PDF-1.7\nthis is not a document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] text() {
		return ("Đơn đề nghị " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
	}

	static BufferedImage image(int width, int height, String label) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(0x1f4e79));
		g.fillRect(width / 10, height / 10, width * 8 / 10, height / 8);
		g.setColor(Color.RED);
		g.drawRect(2, 2, width - 5, height - 5);
		g.setColor(Color.BLACK);
		g.setFont(g.getFont().deriveFont(width / 12f));
		g.drawString(label, width / 10, height / 2);
		g.dispose();
		return image;
	}

	static byte[] jpeg(int width, int height) throws IOException {
		return write(image(width, height, "JPEG " + UUID.randomUUID().toString().substring(0, 8)), "jpeg");
	}

	static byte[] png(int width, int height) throws IOException {
		return write(image(width, height, "PNG " + UUID.randomUUID().toString().substring(0, 8)), "png");
	}

	/** A PNG that states its resolution in dots per inch. */
	static byte[] png(int width, int height, int dpi) throws IOException {
		BufferedImage image = image(width, height, "DPI " + UUID.randomUUID().toString().substring(0, 8));
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
		// The native pHYs chunk: the JDK's writer misreads the standard Dimension node.
		IIOMetadataNode physical = new IIOMetadataNode("pHYs");
		String pixelsPerMetre = String.valueOf(Math.round(dpi / 0.0254));
		physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
		physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
		physical.setAttribute("unitSpecifier", "meter");
		IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
		root.appendChild(physical);
		metadata.mergeTree("javax_imageio_png_1.0", root);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, metadata), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	static byte[] tiff(int pages) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.prepareWriteSequence(null);
			String id = UUID.randomUUID().toString().substring(0, 8);
			for (int i = 1; i <= pages; i++) {
				writer.writeToSequence(new IIOImage(image(620, 877, "TIFF " + i + " " + id), null, null), null);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static byte[] write(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, format, bytes);
		return bytes.toByteArray();
	}

	private static PDDocument document(int pages) throws IOException {
		PDDocument pdf = new PDDocument();
		String id = UUID.randomUUID().toString();
		for (int i = 1; i <= pages; i++) {
			PDPage page = new PDPage();
			pdf.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
				content.newLineAtOffset(72, 700);
				content.showText("Page " + i + " of " + id);
				content.endText();
			}
		}
		return pdf;
	}

	private static byte[] save(PDDocument pdf) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		pdf.save(bytes);
		return bytes.toByteArray();
	}

}
