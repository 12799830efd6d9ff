package org.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What every {@link DocumentStorage} promises, run against each adapter by a subclass
 * that gives a fresh, empty storage per test.
 */
abstract class DocumentStorageContract {

	static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	static final Instant FAR_FUTURE = Instant.parse("2999-01-01T00:00:00Z");

	/** An empty storage for this test. */
	abstract DocumentStorage storage() throws IOException;

	@Test
	void storesByHashAndGivesBytesBack() throws IOException {
		DocumentStorage storage = storage();
		StoredContent stored = storage.store(bytes("abc"));
		assertThat(stored).isEqualTo(new StoredContent(ABC_SHA256, 3));
		assertThat(storage.exists(ABC_SHA256)).isTrue();
		try (InputStream in = storage.open(ABC_SHA256)) {
			assertThat(in.readAllBytes()).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void storesLargerContentIntact() throws IOException {
		DocumentStorage storage = storage();
		byte[] content = new byte[3 * 1024 * 1024 + 17];
		new java.util.Random(7).nextBytes(content);
		StoredContent stored = storage.store(new ByteArrayInputStream(content));
		assertThat(stored.size()).isEqualTo(content.length);
		try (InputStream in = storage.open(stored.sha256())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void keepsOneCopyOfSameBytes() throws IOException {
		DocumentStorage storage = storage();
		storage.store(bytes("abc"));
		storage.store(bytes("abc"));
		storage.store(bytes("abd"));
		assertThat(storage.writtenBefore(FAR_FUTURE)).containsExactlyInAnyOrder(ABC_SHA256,
				"a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9");
	}

	@Test
	void leavesNothingWhenReadingFails() throws IOException {
		DocumentStorage storage = storage();
		InputStream failing = new InputStream() {
			int left = 100_000;

			@Override
			public int read() throws IOException {
				if (this.left-- <= 0) {
					throw new IOException("connection reset");
				}
				return 'x';
			}
		};
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> storage.store(failing));
		assertThat(storage.writtenBefore(FAR_FUTURE)).isEmpty();
	}

	@Test
	void tellsWhatWasWrittenBeforeCutoff() throws IOException {
		DocumentStorage storage = storage();
		Instant before = Instant.now().minus(Duration.ofMinutes(5));
		storage.store(bytes("abc"));
		assertThat(storage.writtenBefore(before)).isEmpty();
		assertThat(storage.writtenBefore(Instant.now().plus(Duration.ofMinutes(5)))).containsExactly(ABC_SHA256);
	}

	@Test
	void countsStoringAgainAsWriting() throws IOException, InterruptedException {
		DocumentStorage storage = storage();
		storage.store(bytes("abc"));
		// object stores keep last-modified times to the second
		Thread.sleep(1100);
		Instant between = Instant.now();
		assertThat(storage.writtenBefore(between)).containsExactly(ABC_SHA256);
		Thread.sleep(1100);
		storage.store(bytes("abc"));
		assertThat(storage.writtenBefore(between)).isEmpty();
		try (InputStream in = storage.open(ABC_SHA256)) {
			assertThat(in.readAllBytes()).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void deletesAndThenKnowsNothing() throws IOException {
		DocumentStorage storage = storage();
		storage.store(bytes("abc"));
		storage.delete(ABC_SHA256);
		assertThat(storage.exists(ABC_SHA256)).isFalse();
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> storage.open(ABC_SHA256));
		assertThat(storage.writtenBefore(FAR_FUTURE)).isEmpty();
		storage.delete(ABC_SHA256);
	}

	@Test
	void knowsNothingOfUnknownHash() throws IOException {
		DocumentStorage storage = storage();
		String unknown = "0".repeat(64);
		assertThat(storage.exists(unknown)).isFalse();
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> storage.open(unknown));
	}

	@Test
	void refusesWhatIsNotHash() throws IOException {
		DocumentStorage storage = storage();
		assertThatIllegalArgumentException().isThrownBy(() -> storage.open("../../etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.exists(ABC_SHA256.toUpperCase()));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.delete("abc"));
	}

	static InputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
