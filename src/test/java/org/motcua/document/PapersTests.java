package org.motcua.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.platform.RequestRefused;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Type sniffing, PDF checks and image conversion on generated papers. */
class PapersTests {

	static final byte[] ID = new byte[32];

	@TempDir
	Path directory;

	@Test
	void tellsTypeByFirstBytes() throws IOException {
		assertThat(PaperType.of(head(Fixtures.pdf(1)))).contains(PaperType.PDF);
		assertThat(PaperType.of(head(Fixtures.jpeg(40, 30)))).contains(PaperType.JPEG);
		assertThat(PaperType.of(head(Fixtures.png(40, 30)))).contains(PaperType.PNG);
		assertThat(PaperType.of(head(Fixtures.tiff(1)))).get().extracting(PaperType::mediaType).isEqualTo("image/tiff");
		assertThat(PaperType.of(new byte[] { 'M', 'M', 0, '*', 0, 0, 0, 8 })).contains(PaperType.TIFF_BIG_ENDIAN);
		assertThat(PaperType.of(head(Fixtures.text()))).isEmpty();
		assertThat(PaperType.of(new byte[] { '%', 'P', 'D' })).isEmpty();
		assertThat(PaperType.of(new byte[0])).isEmpty();
	}

	@Test
	void acceptsPdfAsItIsAndCountsPages() throws IOException {
		Path file = write("two.pdf", Fixtures.pdf(2));
		Papers.Prepared prepared = Papers.prepare(file, ID, 100);
		assertThat(prepared.pdf()).isEqualTo(file);
		assertThat(prepared.pages()).isEqualTo(2);
		assertThat(prepared.originalType()).isEqualTo(PaperType.PDF);
	}

	@Test
	void refusesTextWhateverItsName() throws IOException {
		assertRefused(write("don.pdf", Fixtures.text()), HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"document.unsupported-type");
	}

	@Test
	void refusesZeroBytes() throws IOException {
		assertRefused(write("empty.pdf", new byte[0]), HttpStatus.UNPROCESSABLE_CONTENT, "document.empty");
	}

	@Test
	void refusesPdfWithPassword() throws IOException {
		assertRefused(write("locked.pdf", Fixtures.encryptedPdf()), HttpStatus.UNPROCESSABLE_CONTENT,
				"document.encrypted");
	}

	@Test
	void refusesPdfEncryptedWithOwnerPasswordOnly() throws IOException {
		assertRefused(write("owner.pdf", Fixtures.ownerProtectedPdf()), HttpStatus.UNPROCESSABLE_CONTENT,
				"document.encrypted");
	}

	@Test
	void refusesTruncatedPdf() throws IOException {
		assertRefused(write("cut.pdf", Fixtures.truncatedPdf()), HttpStatus.UNPROCESSABLE_CONTENT,
				"document.unreadable");
	}

	@Test
	void refusesPdfThatIsNoDocument() throws IOException {
		assertThatExceptionOfType(RequestRefused.class)
			.isThrownBy(() -> Papers.prepare(write("garbage.pdf", Fixtures.garbagePdf()), ID, 100))
			.satisfies(refused -> assertThat(refused.code()).isIn("document.unreadable", "document.empty"));
	}

	@Test
	void refusesPdfRunningJavaScriptOnOpen() throws IOException {
		assertRefused(write("script.pdf", Fixtures.javaScriptPdf()), HttpStatus.UNPROCESSABLE_CONTENT,
				"document.dangerous");
	}

	@Test
	void refusesPdfWithEmbeddedFile() throws IOException {
		assertRefused(write("attached.pdf", Fixtures.embeddedFilePdf()), HttpStatus.UNPROCESSABLE_CONTENT,
				"document.dangerous");
	}

	@Test
	void refusesObjectStreamThatInflatesToGigabytesBeforePdfBoxReadsIt() throws IOException {
		java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
		byte[] bomb = Fixtures.zeroBomb(1);
		pdf.writeBytes(("%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + bomb.length
				+ " >>\nstream\n")
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		pdf.writeBytes(bomb);
		pdf.writeBytes("\nendstream\nendobj\ntrailer\n<< /Root 2 0 R >>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertRefused(write("objstm.pdf", pdf.toByteArray()), HttpStatus.UNPROCESSABLE_CONTENT,
				"document.oversized-content");
	}

	@Test
	void acceptsPdfWithCompressedObjectStreams() throws IOException {
		// PDFBox saves with object streams and a cross-reference stream by default
		Path file = write("compressed.pdf", Fixtures.pdf(2));
		assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
			.contains("/ObjStm");
		assertThat(Papers.prepare(file, ID, 100).pages()).isEqualTo(2);
	}

	@Test
	void refusesPdfOverPageLimit() throws IOException {
		Path file = write("three.pdf", Fixtures.pdf(3));
		assertThatExceptionOfType(RequestRefused.class).isThrownBy(() -> Papers.prepare(file, ID, 2))
			.satisfies(refused -> {
				assertThat(refused.code()).isEqualTo("document.too-many-pages");
				assertThat(refused.arguments()).containsExactly(3, 2);
			});
		assertThat(Papers.prepare(file, ID, 3).pages()).isEqualTo(3);
	}

	@Test
	void convertsJpegIntoOnePagePdfKeepingItsBytes() throws IOException {
		byte[] jpeg = Fixtures.jpeg(800, 600);
		Papers.Prepared prepared = Papers.prepare(write("photo.pdf", jpeg), ID, 100);
		assertThat(prepared.originalType()).isEqualTo(PaperType.JPEG);
		assertThat(prepared.pages()).isEqualTo(1);
		try (PDDocument pdf = Loader.loadPDF(prepared.pdf().toFile())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			PDRectangle box = pdf.getPage(0).getMediaBox();
			assertThat(box.getWidth()).as("landscape A4").isEqualTo(PDRectangle.A4.getHeight());
			PDImageXObject image = onlyImage(pdf);
			assertThat(image.getSuffix()).isEqualTo("jpg");
			try (var raw = image.getCOSObject().createRawInputStream()) {
				assertThat(raw.readAllBytes()).isEqualTo(jpeg);
			}
			assertThat(pdf.getDocumentCatalog().getMetadata()).isNotNull();
			assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
		}
		Files.delete(prepared.pdf());
	}

	@Test
	void convertsPngLosslessly() throws IOException {
		Papers.Prepared prepared = Papers.prepare(write("scan.png", Fixtures.png(300, 400)), ID, 100);
		assertThat(prepared.originalType()).isEqualTo(PaperType.PNG);
		try (PDDocument pdf = Loader.loadPDF(prepared.pdf().toFile())) {
			assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
			assertThat(onlyImage(pdf).getSuffix()).isEqualTo("png");
			assertThat(onlyImage(pdf).getWidth()).isEqualTo(300);
		}
		Files.delete(prepared.pdf());
	}

	@Test
	void convertsEveryPageOfTiff() throws IOException {
		Papers.Prepared prepared = Papers.prepare(write("fax.tif", Fixtures.tiff(3)), ID, 100);
		assertThat(prepared.originalType().mediaType()).isEqualTo("image/tiff");
		assertThat(prepared.pages()).isEqualTo(3);
		try (PDDocument pdf = Loader.loadPDF(prepared.pdf().toFile())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(3);
		}
		Files.delete(prepared.pdf());
	}

	@Test
	void refusesTiffOverPageLimitWithoutLeavingPdf() throws IOException {
		Path file = write("long.tif", Fixtures.tiff(3));
		List<Path> before = temporaryPdfs();
		assertThatExceptionOfType(RequestRefused.class).isThrownBy(() -> Papers.prepare(file, ID, 2))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("document.too-many-pages"));
		assertThat(temporaryPdfs()).isEqualTo(before);
	}

	@Test
	void refusesTruncatedImage() throws IOException {
		byte[] png = Fixtures.png(300, 400);
		assertRefused(write("cut.png", java.util.Arrays.copyOf(png, 40)), HttpStatus.UNPROCESSABLE_CONTENT,
				"document.unreadable");
	}

	@Test
	void convertsSameImageToSameBytes() throws IOException {
		Path png = write("same.png", Fixtures.png(200, 200));
		Papers.Prepared first = Papers.prepare(png, ID, 100);
		Papers.Prepared second = Papers.prepare(png, ID, 100);
		assertThat(Files.readAllBytes(first.pdf())).isEqualTo(Files.readAllBytes(second.pdf()));
		Files.delete(first.pdf());
		Files.delete(second.pdf());
	}

	@Test
	void sizesPageFromImageResolution() throws IOException {
		Papers.Prepared prepared = Papers.prepare(write("300dpi.png", Fixtures.png(600, 900, 300)), ID, 100);
		try (PDDocument pdf = Loader.loadPDF(prepared.pdf().toFile())) {
			PDRectangle box = pdf.getPage(0).getMediaBox();
			assertThat(box.getWidth()).isCloseTo(144f, org.assertj.core.data.Offset.offset(0.5f));
			assertThat(box.getHeight()).isCloseTo(216f, org.assertj.core.data.Offset.offset(0.5f));
		}
		Files.delete(prepared.pdf());
	}

	private static PDImageXObject onlyImage(PDDocument pdf) throws IOException {
		var resources = pdf.getPage(0).getResources();
		var name = resources.getXObjectNames().iterator().next();
		return (PDImageXObject) resources.getXObject(name);
	}

	private void assertRefused(Path file, HttpStatus status, String code) {
		assertThatExceptionOfType(RequestRefused.class).isThrownBy(() -> Papers.prepare(file, ID, 100))
			.satisfies(refused -> {
				assertThat(refused.status()).isEqualTo(status);
				assertThat(refused.code()).isEqualTo(code);
			});
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.directory.resolve(name), bytes);
	}

	private static List<Path> temporaryPdfs() throws IOException {
		try (Stream<Path> paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return paths.filter(p -> p.getFileName().toString().startsWith("motcua-converted-")).sorted().toList();
		}
	}

	private static byte[] head(byte[] bytes) {
		return java.util.Arrays.copyOf(bytes, Math.min(bytes.length, PaperType.SIGNATURE_LENGTH));
	}

}
