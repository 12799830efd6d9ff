package org.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.Optional;

import org.motcua.platform.RequestRefused;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores files once by the SHA-256 of their bytes and gives them back. The bytes are
 * written (and forced to disk) before the record is added in the caller's transaction;
 * bytes whose transaction rolled back stay as orphans until swept.
 */
@Service
public class Documents {

	private final DocumentStorage storage;

	private final StoredFiles files;

	private final DocumentProperties properties;

	private final Clock clock;

	Documents(DocumentStorage storage, StoredFiles files, DocumentProperties properties, Clock clock) {
		this.storage = storage;
		this.files = files;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores {@code content} (read to its end, not closed). Storing bytes already stored
	 * keeps the one copy and the first record; the answer carries this call's file name
	 * and media type.
	 * @throws RequestRefused 413 {@code document.too-large} when the content exceeds
	 * {@code motcua.document.max-size} (nothing is kept)
	 */
	@Transactional
	public StoredFile store(InputStream content, String filename, String mediaType) {
		long limit = this.properties.maxSize().toBytes();
		StoredContent stored;
		try {
			stored = this.storage.store(new LimitedInputStream(content, limit));
		}
		catch (LimitedInputStream.TooLarge ex) {
			throw new RequestRefused(HttpStatus.CONTENT_TOO_LARGE, "document.too-large",
					this.properties.maxSize().toMegabytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		StoredFile file = new StoredFile(stored.sha256(), stored.size(),
				mediaType == null ? "application/octet-stream" : mediaType, filename);
		this.files.add(file, this.clock.instant());
		return file;
	}

	/**
	 * The bytes of a stored file, to be closed by the caller.
	 * @throws RequestRefused 404 {@code document.not-found} when nothing is stored under
	 * {@code sha256}
	 */
	public InputStream open(String sha256) {
		if (sha256 == null || !DocumentStorage.SHA256.matcher(sha256).matches()) {
			throw RequestRefused.notFound("document.not-found");
		}
		try {
			return this.storage.open(sha256);
		}
		catch (NoSuchFileException ex) {
			throw RequestRefused.notFound("document.not-found");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The record of a stored file, as first stored. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> find(String sha256) {
		return this.files.find(sha256);
	}

}
