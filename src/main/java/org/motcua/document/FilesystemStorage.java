package org.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Documents as files under a root directory: {@code <root>/ab/cd/<sha256>}, where
 * {@code ab} and {@code cd} are the hash's first two pairs of digits. Content is first
 * written to a temporary file under {@code <root>/.incoming} (same file system), forced
 * to disk, then moved into place atomically, so a reader never sees a partial file and
 * two writers of the same bytes both end with the one complete file.
 */
class FilesystemStorage implements DocumentStorage {

	private static final String INCOMING = ".incoming";

	private final Path root;

	FilesystemStorage(Path root) {
		this.root = root;
	}

	@Override
	public StoredContent store(InputStream content) throws IOException {
		Path incoming = Files.createDirectories(this.root.resolve(INCOMING));
		Path temporary = incoming.resolve(UUID.randomUUID() + ".part");
		try {
			MessageDigest digest = sha256();
			long size;
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				OutputStream out = Channels.newOutputStream(channel);
				size = new DigestInputStream(content, digest).transferTo(out);
				out.flush();
				channel.force(true);
			}
			String sha256 = HexFormat.of().formatHex(digest.digest());
			Path target = path(sha256);
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
				forceDirectory(target.getParent());
			}
			else {
				Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
			}
			return new StoredContent(sha256, size);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(path(DocumentStorage.checked(sha256)));
	}

	@Override
	public boolean exists(String sha256) {
		return Files.isRegularFile(path(DocumentStorage.checked(sha256)));
	}

	@Override
	public List<String> writtenBefore(Instant cutoff) throws IOException {
		if (!Files.isDirectory(this.root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(this.root, 3)) {
			return paths.filter(path -> DocumentStorage.SHA256.matcher(path.getFileName().toString()).matches())
				.filter(path -> path.equals(path(path.getFileName().toString())))
				.filter(path -> lastModified(path).isBefore(cutoff))
				.map(path -> path.getFileName().toString())
				.toList();
		}
	}

	private static Instant lastModified(Path path) {
		try {
			return Files.getLastModifiedTime(path).toInstant();
		}
		catch (IOException ex) {
			return Instant.MAX;
		}
	}

	@Override
	public void delete(String sha256) throws IOException {
		Files.deleteIfExists(path(DocumentStorage.checked(sha256)));
	}

	Path root() {
		return this.root;
	}

	Path path(String sha256) {
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// Some file systems cannot sync a directory; the file itself is on disk.
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

}
