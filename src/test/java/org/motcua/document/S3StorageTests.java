package org.motcua.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storage contract on a real S3 server (s3proxy with its filesystem backend, started
 * for this class), a new bucket per test.
 */
class S3StorageTests extends DocumentStorageContract {

	@TempDir
	static Path directory;

	static S3Proxy proxy;

	S3Storage storage;

	@BeforeAll
	static void startServer() throws Exception {
		proxy = S3Proxy.start(directory);
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (proxy != null) {
			proxy.close();
		}
	}

	@AfterEach
	void closeClient() {
		if (this.storage != null) {
			this.storage.close();
		}
	}

	@Override
	DocumentStorage storage() {
		this.storage = S3Storage.connect(proxy.properties("motcua-" + unique()));
		return this.storage;
	}

	@Test
	void createsBucketAndKeepsObjectsUnderPrefix() throws IOException {
		S3Storage storage = (S3Storage) storage();
		storage.store(bytes("abc"));
		Path bucket = proxy.data().resolve(storage.bucket());
		assertThat(bucket).isDirectory();
		assertThat(files(bucket)).containsExactly(bucket.resolve("documents").resolve(ABC_SHA256));
		assertThat(bucket.resolve("documents").resolve(ABC_SHA256)).hasContent("abc");
	}

	@Test
	void connectsToExistingBucket() throws IOException {
		S3Storage first = (S3Storage) storage();
		first.store(bytes("abc"));
		try (S3Storage second = S3Storage.connect(proxy.properties(first.bucket()))) {
			assertThat(second.exists(ABC_SHA256)).isTrue();
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}

}
