package org.motcua.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile and broken uploads through {@code POST /api/v1/documents}: each is refused with
 * its status and problem code, a title and detail in Vietnamese and in English, and
 * leaves nothing behind (no row, no file in the storage). The test JVM's heap is bounded
 * (surefire's argLine), so a bomb that gets decoded fails the build.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentBadInputWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentStorage storage;

	@Autowired
	JdbcClient jdbc;

	final Set<String> names = new HashSet<>();

	long rowsBefore;

	List<Path> filesBefore;

	@BeforeEach
	void countBefore() throws IOException {
		this.rowsBefore = rows();
		this.filesBefore = files();
	}

	@AfterEach
	void storedNothing() throws IOException {
		assertThat(rows()).as("stored_file and ingested_document rows").isEqualTo(this.rowsBefore);
		assertThat(files()).as("files in the document storage").isEqualTo(this.filesBefore);
	}

	@Test
	void refusesTextNamedAsPdf() throws Exception {
		refused("don.pdf", Fixtures.text(), 415, "document.unsupported-type");
	}

	@Test
	void refusesArchiveNamedAsJpeg() throws Exception {
		refused("anh.jpg", Fixtures.zip(), 415, "document.unsupported-type");
	}

	@Test
	void refusesPngSignatureBeforeSomethingElse() throws Exception {
		refused("anh.png", Fixtures.fakePng(), 422, "document.unreadable");
	}

	@Test
	void refusesTruncatedPdf() throws Exception {
		refused("cut.pdf", Fixtures.truncatedPdf(), 422, "document.unreadable");
	}

	@Test
	void refusesCorruptPdf() throws Exception {
		refused("corrupt.pdf", Fixtures.garbagePdf(), 422, "document.unreadable");
	}

	@Test
	void refusesEncryptedPdf() throws Exception {
		refused("locked.pdf", Fixtures.encryptedPdf(), 422, "document.encrypted");
		refused("owner.pdf", Fixtures.ownerProtectedPdf(), 422, "document.encrypted");
	}

	@Test
	void refusesPdfsWithJavaScript() throws Exception {
		refused("open.pdf", Fixtures.javaScriptPdf(), 422, "document.dangerous");
		refused("names.pdf", Fixtures.javaScriptNameTreePdf(), 422, "document.dangerous");
		refused("link.pdf", Fixtures.javaScriptLinkPdf(), 422, "document.dangerous");
		refused("note.pdf", Fixtures.javaScriptAnnotationActionsPdf(), 422, "document.dangerous");
	}

	@Test
	void refusesPdfsWithEmbeddedFiles() throws Exception {
		refused("attached.pdf", Fixtures.embeddedFilePdf(), 422, "document.dangerous");
		refused("annotation.pdf", Fixtures.fileAttachmentPdf(), 422, "document.dangerous");
	}

	@Test
	void refusesPdfWhosePageContentInflatesToGigabytes() throws Exception {
		byte[] bomb = Fixtures.contentBombPdf();
		assertThat(bomb.length).isLessThan(5 * 1024 * 1024);
		refused("bomb.pdf", bomb, 422, "document.oversized-content");
		stillAcceptsGoodUpload();
	}

	@Test
	void refusesPdfWhoseImageInflatesToGigabytes() throws Exception {
		refused("image-bomb.pdf", Fixtures.imageBombPdf(), 422, "document.oversized-content");
		stillAcceptsGoodUpload();
	}

	@Test
	void refusesPdfWithImageOfAbsurdSize() throws Exception {
		refused("huge-image.pdf", Fixtures.hugeImagePdf(), 422, "document.image-too-large");
	}

	@Test
	void refusesImagesClaimingAbsurdDimensions() throws Exception {
		refused("huge.png", Fixtures.pngClaiming(100_000, 100_000), 422, "document.image-too-large");
		refused("huge.jpg", Fixtures.jpegClaimingHugeSize(), 422, "document.image-too-large");
		refused("huge.tif", Fixtures.tiffClaiming(100_000, 100_000), 422, "document.image-too-large");
		stillAcceptsGoodUpload();
	}

	@Test
	void refusesPdfOverPageLimit() throws Exception {
		this.mvc.perform(upload("long.pdf", Fixtures.pdf(101)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("document.too-many-pages"))
			.andExpect(jsonPath("$.detail")
				.value("Tệp có 101 trang, nhiều hơn mức cho phép là 100 trang; hãy tách thành các tệp nhỏ hơn."));
	}

	@Test
	void refusesZeroBytes() throws Exception {
		refused("empty.pdf", new byte[0], 422, "document.empty");
	}

	@Test
	void refusesFileNamesWithPathsOrControlCharacters() throws Exception {
		byte[] pdf = Fixtures.pdf(1);
		for (String name : List.of("../../etc/passwd.pdf", "C:\\Users\\an\\don.pdf", "/tmp/don.pdf",
				"don\r\nX-Injected: 1.pdf", "don\u0000.pdf", "don\u202Efdp.exe", "..", "a".repeat(256) + ".pdf")) {
			refused(name, pdf, 400, "document.bad-filename");
		}
	}

	@Test
	void keepsPlainVietnameseFileName() throws Exception {
		this.mvc.perform(upload("Giấy khai sinh (bản sao).pdf", Fixtures.pdf(1))).andExpect(status().isCreated());
		// by name: on the shared PostgreSQL database, other tests' files may carry later
		// (fixed-clock) instants
		long named = this.jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE original_name = :name")
			.param("name", "Giấy khai sinh (bản sao).pdf")
			.query(Long.class)
			.single();
		assertThat(named).isPositive();
		this.rowsBefore = rows();
		this.filesBefore = files();
	}

	private void stillAcceptsGoodUpload() throws Exception {
		this.mvc.perform(upload("good.pdf", Fixtures.pdf(1))).andExpect(status().isCreated());
		this.rowsBefore = rows();
		this.filesBefore = files();
	}

	private void refused(String name, byte[] bytes, int status, String code) throws Exception {
		this.mvc.perform(upload(name, bytes))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.title").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.detail").value(not(emptyOrNullString())));
		this.mvc.perform(upload(name, bytes).header("Accept-Language", "en"))
			.andExpect(status().is(status))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.detail").value(not(emptyOrNullString())));
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String name,
			byte[] bytes) {
		this.names.add(name);
		return multipart("/api/v1/documents").file(new MockMultipartFile("file", name, "application/pdf", bytes))
			.header("Authorization", "Bearer demo-desk1");
	}

	/**
	 * The rows this class's uploads could have left: desk1's uploads, and stored files
	 * under the names uploaded here (other tests' contexts may still be storing their own
	 * files on the shared database meanwhile).
	 */
	private long rows() {
		long uploads = this.jdbc.sql("SELECT COUNT(*) FROM ingested_document WHERE created_by = 'desk1'")
			.query(Long.class)
			.single();
		List<String> storable = this.names.stream().filter(n -> n.chars().noneMatch(Character::isISOControl)).toList();
		long stored = storable.isEmpty() ? 0
				: this.jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE original_name IN (:names)")
					.param("names", storable)
					.query(Long.class)
					.single();
		return uploads + stored;
	}

	/** The files in the storage that no stored file row accounts for. */
	private List<Path> files() throws IOException {
		Path root = ((FilesystemStorage) this.storage).root();
		if (!Files.exists(root)) {
			return List.of();
		}
		Set<String> known = new HashSet<>(this.jdbc.sql("SELECT sha256 FROM stored_file").query(String.class).list());
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile)
				.filter(path -> !known.contains(path.getFileName().toString()))
				.sorted()
				.toList();
		}
	}

}
