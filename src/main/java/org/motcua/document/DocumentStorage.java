package org.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the bytes of documents live, addressed by their SHA-256. Storing the same bytes
 * twice keeps one copy; a failed store leaves nothing behind.
 */
interface DocumentStorage {

	Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	/** Stores {@code content} (read to its end, not closed) and answers its hash. */
	StoredContent store(InputStream content) throws IOException;

	/**
	 * The stored bytes; {@link java.nio.file.NoSuchFileException} when there are none.
	 */
	InputStream open(String sha256) throws IOException;

	boolean exists(String sha256);

	/**
	 * The hashes of the contents last written before {@code cutoff} (storing bytes again
	 * counts as writing them), for sweeping orphans.
	 */
	List<String> writtenBefore(Instant cutoff) throws IOException;

	/** Removes the bytes (sweeping orphans); nothing when absent. */
	void delete(String sha256) throws IOException;

	static String checked(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 in lowercase hex: " + sha256);
		}
		return sha256;
	}

}
