package org.motcua.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage contract on the filesystem, and how files lie there. */
class FilesystemStorageTests extends DocumentStorageContract {

	@TempDir
	Path root;

	@Override
	DocumentStorage storage() {
		return new FilesystemStorage(this.root);
	}

	@Test
	void storesUnderTwoLevelsOfHashDigits() throws IOException {
		new FilesystemStorage(this.root).store(bytes("abc"));
		assertThat(this.root.resolve("ba/78/" + ABC_SHA256)).hasContent("abc");
		assertThat(files()).containsExactly(this.root.resolve("ba/78/" + ABC_SHA256));
	}

	@Test
	void leavesNoTemporaryFileWhenReadingFails() throws IOException {
		FilesystemStorage storage = new FilesystemStorage(this.root);
		storage.store(bytes("abc"));
		try {
			storage.store(new java.io.InputStream() {
				@Override
				public int read() throws IOException {
					throw new IOException("connection reset");
				}
			});
		}
		catch (IOException expected) {
			// the contract's own test checks the failure
		}
		assertThat(files()).containsExactly(this.root.resolve("ba/78/" + ABC_SHA256));
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> paths = Files.walk(this.root)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}

}
