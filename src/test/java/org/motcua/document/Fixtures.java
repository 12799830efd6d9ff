package org.motcua.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

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

	/** A PDF whose JavaScript sits in the document's JavaScript name tree. */
	static byte[] javaScriptNameTreePdf() throws IOException {
		try (PDDocument pdf = document(1)) {
			PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
			scripts.setNames(java.util.Map.of("start", new PDActionJavaScript("app.alert('hi');")));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
			names.setJavascript(scripts);
			pdf.getDocumentCatalog().setNames(names);
			return save(pdf);
		}
	}

	/** A PDF with a link annotation that runs JavaScript when clicked. */
	static byte[] javaScriptLinkPdf() throws IOException {
		try (PDDocument pdf = document(1)) {
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(72, 600, 200, 20));
			link.setAction(new PDActionJavaScript("this.submitForm('http://example.invalid');"));
			pdf.getPage(0).getAnnotations().add(link);
			return save(pdf);
		}
	}

	/** A PDF with a text annotation whose additional actions run JavaScript. */
	static byte[] javaScriptAnnotationActionsPdf() throws IOException {
		try (PDDocument pdf = document(1)) {
			PDAnnotationText note = new PDAnnotationText();
			note.setRectangle(new PDRectangle(72, 600, 20, 20));
			COSDictionary actions = new COSDictionary();
			actions.setItem(COSName.getPDFName("E"), new PDActionJavaScript("app.alert('hover');"));
			note.getCOSObject().setItem(COSName.AA, actions);
			pdf.getPage(0).getAnnotations().add(note);
			return save(pdf);
		}
	}

	/** A PDF carrying a file in a file attachment annotation. */
	static byte[] fileAttachmentPdf() throws IOException {
		try (PDDocument pdf = document(1)) {
			PDEmbeddedFile embedded = new PDEmbeddedFile(pdf,
					new java.io.ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII)));
			PDComplexFileSpecification spec = new PDComplexFileSpecification();
			spec.setFile("run.exe");
			spec.setEmbeddedFile(embedded);
			PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
			attachment.setRectangle(new PDRectangle(72, 600, 20, 20));
			attachment.setFile(spec);
			pdf.getPage(0).getAnnotations().add(attachment);
			return save(pdf);
		}
	}

	/**
	 * Flate data (zlib, valid to its checksum) that inflates to {@code gigabytes} GiB of
	 * zeros, about a megabyte per gigabyte: one compressed mebibyte of zeros repeated.
	 */
	static byte[] zeroBomb(int gigabytes) {
		byte[] zeros = new byte[1024 * 1024];
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		deflater.setInput(zeros);
		byte[] buffer = new byte[64 * 1024];
		int length = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
		deflater.end();
		byte[] block = Arrays.copyOf(buffer, length);
		long repeats = gigabytes * 1024L;
		ByteArrayOutputStream out = new ByteArrayOutputStream((int) (repeats * length + 16));
		out.write(0x78);
		out.write(0xDA);
		for (long i = 0; i < repeats; i++) {
			out.write(block, 0, block.length);
		}
		// a final empty stored block, then the Adler-32 of all those zeros
		out.writeBytes(new byte[] { 1, 0, 0, (byte) 0xFF, (byte) 0xFF });
		long total = repeats * zeros.length;
		long adler = ((total % 65521) << 16) | 1;
		out.writeBytes(new byte[] { (byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler });
		return out.toByteArray();
	}

	/** A one-page PDF of a few megabytes whose page content inflates to gigabytes. */
	static byte[] contentBombPdf() throws IOException {
		try (PDDocument pdf = document(1)) {
			COSStream contents = pdf.getDocument().createCOSStream();
			try (OutputStream out = contents.createRawOutputStream()) {
				out.write(zeroBomb(2));
			}
			contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
			pdf.getPage(0).getCOSObject().setItem(COSName.CONTENTS, contents);
			return save(pdf);
		}
	}

	/** A PDF showing an image of 1000 × 1000 pixels whose data inflates to gigabytes. */
	static byte[] imageBombPdf() throws IOException {
		return imagePdf(1000, 1000, zeroBomb(2));
	}

	/** A PDF showing an image that claims 100000 × 100000 pixels. */
	static byte[] hugeImagePdf() throws IOException {
		return imagePdf(100_000, 100_000, zeroBomb(0));
	}

	private static byte[] imagePdf(int width, int height, byte[] flate) throws IOException {
		try (PDDocument pdf = document(1)) {
			PDImageXObject image = new PDImageXObject(pdf, new java.io.ByteArrayInputStream(flate),
					COSName.FLATE_DECODE, width, height, 8, PDDeviceGray.INSTANCE);
			PDPage page = pdf.getPage(0);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
					false)) {
				content.drawImage(image, 72, 72, 300, 300);
			}
			return save(pdf);
		}
	}

	/** A PNG whose header claims {@code width} × {@code height} pixels (then no data). */
	static byte[] pngClaiming(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2);
		header.put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", header.array());
		chunk(out, "IDAT", zeroBomb(0));
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** A small JPEG whose frame header is changed to claim 65000 × 65000 pixels. */
	static byte[] jpegClaimingHugeSize() throws IOException {
		byte[] jpeg = jpeg(40, 30);
		for (int i = 2; i + 9 < jpeg.length; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && ((jpeg[i + 1] & 0xFF) == 0xC0 || (jpeg[i + 1] & 0xFF) == 0xC2)) {
				// FFC0, length (2), precision (1), height (2), width (2)
				jpeg[i + 5] = (byte) (65000 >> 8);
				jpeg[i + 6] = (byte) 65000;
				jpeg[i + 7] = (byte) (65000 >> 8);
				jpeg[i + 8] = (byte) 65000;
				return jpeg;
			}
		}
		throw new IllegalStateException("no frame header");
	}

	/** A little-endian TIFF whose one image claims 100000 × 100000 grey pixels. */
	static byte[] tiffClaiming(int width, int height) {
		int entries = 8;
		int ifd = 8;
		int data = ifd + 2 + entries * 12 + 4;
		ByteBuffer tiff = ByteBuffer.allocate(data + 16).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd);
		tiff.putShort((short) entries);
		tiffEntry(tiff, 256, 4, width);
		tiffEntry(tiff, 257, 4, height);
		tiffEntry(tiff, 258, 3, 8);
		tiffEntry(tiff, 259, 3, 1);
		tiffEntry(tiff, 262, 3, 1);
		tiffEntry(tiff, 273, 4, data);
		tiffEntry(tiff, 278, 4, height);
		tiffEntry(tiff, 279, 4, 16);
		tiff.putInt(0);
		return tiff.array();
	}

	private static void tiffEntry(ByteBuffer tiff, int tag, int type, int value) {
		tiff.putShort((short) tag).putShort((short) type).putInt(1);
		if (type == 3) {
			tiff.putShort((short) value).putShort((short) 0);
		}
		else {
			tiff.putInt(value);
		}
	}

	/** A ZIP archive (the start of one), as office files and archives begin. */
	static byte[] zip() {
		return "PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000payload".getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A PNG signature followed by what is no PNG. */
	static byte[] fakePng() {
		byte[] bytes = "\u0089PNG\r\n\u001a\n<html><script>alert(1)</script></html>"
			.getBytes(StandardCharsets.ISO_8859_1);
		return bytes;
	}

	/**
	 * A one-page birth certificate typed in Vietnamese with the DejaVu Sans font
	 * (Debian's fonts-dejavu-core), carrying the lines given after its heading.
	 */
	static byte[] vietnamesePaper(String... lines) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			pdf.addPage(page);
			PDType0Font font = PDType0Font.load(pdf,
					new java.io.File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
			List<String> all = new java.util.ArrayList<>(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "", "GIẤY KHAI SINH", ""));
			all.addAll(List.of(lines));
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.beginText();
				content.setFont(font, 15);
				content.setLeading(26);
				content.newLineAtOffset(60, 770);
				for (String line : all) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
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
