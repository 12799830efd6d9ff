package org.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.motcua.platform.RequestRefused;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Documents stored through the facade, on the configured storage and database. */
@SpringBootTest
class DocumentsIntegrationTests {

	@Autowired
	Documents documents;

	@Autowired
	DocumentStorage storage;

	@Autowired
	DocumentProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Test
	void givesBackStoredBytes() throws IOException {
		byte[] content = unique("round trip");
		StoredFile stored = this.documents.store(new ByteArrayInputStream(content), "don.pdf", "application/pdf");

		assertThat(stored.size()).isEqualTo(content.length);
		assertThat(stored.sha256()).matches("[0-9a-f]{64}");
		try (InputStream in = this.documents.open(stored.sha256())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
		assertThat(this.documents.find(stored.sha256())).contains(stored);
	}

	@Test
	void storesSameBytesOnce() throws IOException {
		byte[] content = unique("twice");
		StoredFile first = this.documents.store(new ByteArrayInputStream(content), "a.pdf", "application/pdf");
		StoredFile second = this.documents.store(new ByteArrayInputStream(content), "b.pdf", "application/pdf");

		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(second.filename()).isEqualTo("b.pdf");
		assertThat(this.documents.find(first.sha256())).get().extracting(StoredFile::filename).isEqualTo("a.pdf");
		assertThat(rows(first.sha256())).isEqualTo(1);
		assertThat(files()).filteredOn(path -> path.getFileName().toString().equals(first.sha256())).hasSize(1);
	}

	@Test
	void refusesContentOverLimitLeavingNothing() throws IOException {
		List<Path> before = files();
		long limit = this.properties.maxSize().toBytes();

		assertThatExceptionOfType(RequestRefused.class)
			.isThrownBy(() -> this.documents.store(new Generated(limit + 1), "big.pdf", "application/pdf"))
			.satisfies(refused -> {
				assertThat(refused.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
				assertThat(refused.code()).isEqualTo("document.too-large");
			});

		assertThat(files()).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void acceptsContentOfExactlyTheLimit() {
		long limit = this.properties.maxSize().toBytes();
		StoredFile stored = this.documents.store(new Generated(limit), "limit.pdf", "application/pdf");
		assertThat(stored.size()).isEqualTo(limit);
		assertThat(this.storage.exists(stored.sha256())).isTrue();
	}

	@Test
	void storesSameContentFromConcurrentCallersSafely() throws Exception {
		byte[] content = unique("concurrent");
		int callers = 4;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<StoredFile>> results = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				String name = "copy-" + i + ".pdf";
				Callable<StoredFile> store = () -> {
					start.await();
					return this.documents.store(new ByteArrayInputStream(content), name, "application/pdf");
				};
				results.add(pool.submit(store));
			}
			start.countDown();
			List<String> hashes = new ArrayList<>();
			for (Future<StoredFile> result : results) {
				hashes.add(result.get(30, TimeUnit.SECONDS).sha256());
			}
			String sha256 = hashes.get(0);
			assertThat(hashes).containsOnly(sha256);
			assertThat(rows(sha256)).isEqualTo(1);
			try (InputStream in = this.documents.open(sha256)) {
				assertThat(in.readAllBytes()).isEqualTo(content);
			}
			assertThat(files()).filteredOn(path -> path.getFileName().toString().equals(sha256)).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void refusesUnknownHashAsNotFound() {
		assertThatExceptionOfType(RequestRefused.class).isThrownBy(() -> this.documents.open("0".repeat(64)))
			.satisfies(refused -> assertThat(refused.status()).isEqualTo(HttpStatus.NOT_FOUND));
		assertThatExceptionOfType(RequestRefused.class).isThrownBy(() -> this.documents.open("../secret"))
			.satisfies(refused -> assertThat(refused.code()).isEqualTo("document.not-found"));
		assertThat(this.documents.find("0".repeat(64))).isEmpty();
	}

	private long rows(String sha256) {
		return this.jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE sha256 = :sha256")
			.param("sha256", sha256)
			.query(Long.class)
			.single();
	}

	/** Every file under the storage's root, temporary ones included. */
	private List<Path> files() throws IOException {
		Path root = ((FilesystemStorage) this.storage).root();
		if (!Files.exists(root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}

	private static byte[] unique(String text) {
		return (text + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
	}

	/** {@code size} bytes made up on the fly, unique to this stream. */
	static final class Generated extends InputStream {

		private final byte[] seed = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);

		private long left;

		Generated(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			if (this.left <= 0) {
				return -1;
			}
			this.left--;
			return this.seed[(int) (this.left % this.seed.length)];
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, this.left);
			for (int i = 0; i < n; i++) {
				buffer[offset + i] = (byte) read();
			}
			return n;
		}

	}

}
