package org.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FilesystemStorageTests {

	static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	@TempDir
	Path root;

	@Test
	void storesUnderTwoLevelsOfHashDigits() throws IOException {
		FilesystemStorage storage = new FilesystemStorage(this.root);
		StoredContent stored = storage.store(bytes("abc"));
		assertThat(stored).isEqualTo(new StoredContent(ABC_SHA256, 3));
		assertThat(this.root.resolve("ba/78/" + ABC_SHA256)).hasContent("abc");
		assertThat(storage.exists(ABC_SHA256)).isTrue();
		try (InputStream in = storage.open(ABC_SHA256)) {
			assertThat(in.readAllBytes()).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void keepsOneCopyOfSameBytes() throws IOException {
		FilesystemStorage storage = new FilesystemStorage(this.root);
		storage.store(bytes("abc"));
		storage.store(bytes("abc"));
		assertThat(files()).containsExactly(this.root.resolve("ba/78/" + ABC_SHA256));
	}

	@Test
	void leavesNothingWhenReadingFails() throws IOException {
		FilesystemStorage storage = new FilesystemStorage(this.root);
		InputStream failing = new InputStream() {
			int left = 10_000;

			@Override
			public int read() throws IOException {
				if (this.left-- <= 0) {
					throw new IOException("connection reset");
				}
				return 'x';
			}
		};
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> storage.store(failing));
		assertThat(files()).isEmpty();
	}

	@Test
	void deletesAndThenKnowsNothing() throws IOException {
		FilesystemStorage storage = new FilesystemStorage(this.root);
		storage.store(bytes("abc"));
		storage.delete(ABC_SHA256);
		assertThat(storage.exists(ABC_SHA256)).isFalse();
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> storage.open(ABC_SHA256));
		storage.delete(ABC_SHA256);
	}

	@Test
	void refusesWhatIsNotHash() {
		FilesystemStorage storage = new FilesystemStorage(this.root);
		assertThatIllegalArgumentException().isThrownBy(() -> storage.open("../../etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.exists(ABC_SHA256.toUpperCase()));
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> paths = Files.walk(this.root)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}

	static InputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
