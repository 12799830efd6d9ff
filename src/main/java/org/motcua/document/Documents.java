package org.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.motcua.platform.RequestRefused;
import org.motcua.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores files once by the SHA-256 of their bytes and gives them back; accepts uploaded
 * papers as PDFs. The bytes are written (and forced to disk) before the record is added
 * in the caller's transaction; bytes whose transaction rolled back stay as orphans until
 * swept ({@link #sweepUnclaimed()}). An uploaded paper stays until a module claims it
 * ({@link #claim(String, String)}) or, unclaimed, until it is swept.
 */
@Service
public class Documents {

	private static final String PDF = "application/pdf";

	private final DocumentStorage storage;

	private final StoredFiles files;

	private final IngestedDocuments ingested;

	private final DocumentSweep sweep;

	private final DocumentProperties properties;

	private final Clock clock;

	private final PaperRecognition recognition;

	private final DocumentTexts texts;

	Documents(DocumentStorage storage, StoredFiles files, IngestedDocuments ingested, DocumentSweep sweep,
			DocumentProperties properties, Clock clock, PaperRecognition recognition, DocumentTexts texts) {
		this.recognition = recognition;
		this.texts = texts;
		this.storage = storage;
		this.files = files;
		this.ingested = ingested;
		this.sweep = sweep;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores {@code content} (read to its end, not closed). Storing bytes already stored
	 * keeps the one copy and the first record; the answer carries this call's file name
	 * and media type. Files stored this way are kept for good (never swept once their
	 * record is committed).
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
			throw Refusals.tooLarge(this.properties.maxSize().toMegabytes());
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
	 * Accepts an uploaded paper (read to its end, not closed) and stores it as a PDF,
	 * once per SHA-256 of the PDF. Its type is told by its content, never by
	 * {@code filename}: a PDF is checked and stored as it is; a JPEG, PNG or TIFF (every
	 * page of it) is converted into one PDF, a page per image. The upload is recorded
	 * unclaimed, by the current actor, in the caller's transaction. Nothing is kept when
	 * it is refused.
	 * @param filename the name the upload came with, kept as it is; {@code null} when it
	 * came without one
	 * @throws RequestRefused 400 {@code document.bad-filename} when {@code filename}
	 * holds a path separator or a control character, is {@code .} or {@code ..}, or is
	 * longer than 255 characters (checked before anything is read); 413
	 * {@code document.too-large} over {@code motcua.document.max-size}; 415
	 * {@code document.unsupported-type} for anything but PDF, JPEG, PNG or TIFF; 422
	 * {@code document.empty} (no bytes, no pages), {@code document.unreadable} (truncated
	 * or corrupt), {@code document.encrypted}, {@code document.dangerous} (scripts,
	 * embedded files, launch actions), {@code document.too-many-pages} (over
	 * {@code motcua.document.max-pages}) or {@code document.image-too-large}
	 */
	@Transactional
	public Ingested ingest(InputStream content, String filename) {
		if (!isPlainName(filename)) {
			throw Refusals.badFilename();
		}
		Path original = null;
		Path pdf = null;
		try {
			original = Files.createTempFile("motcua-upload-", ".part");
			MessageDigest digest = sha256();
			try (OutputStream out = Files.newOutputStream(original)) {
				new DigestInputStream(new LimitedInputStream(content, this.properties.maxSize().toBytes()), digest)
					.transferTo(out);
			}
			catch (LimitedInputStream.TooLarge ex) {
				throw Refusals.tooLarge(this.properties.maxSize().toMegabytes());
			}
			byte[] originalHash = digest.digest();
			Papers.Prepared prepared = Papers.prepare(original, originalHash, this.properties.maxPages());
			pdf = prepared.pdf();
			StoredContent stored = storePdf(pdf);
			Ingested result = new Ingested(stored.sha256(), stored.sha256(), PDF, prepared.pages(), stored.size(),
					prepared.originalType().mediaType());
			this.files.addIngested(new StoredFile(stored.sha256(), stored.size(), PDF, filename), this.clock.instant());
			this.ingested.add(result, HexFormat.of().formatHex(originalHash),
					Actor.current().map(Actor::username).orElse(null), this.clock.instant());
			if (!this.storage.exists(stored.sha256())) {
				// A sweep removed the same bytes between the write and the lock.
				storePdf(pdf);
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(pdf);
			deleteQuietly(original);
		}
	}

	/**
	 * Claims a stored document for {@code ownerRef} (e.g. {@code dossier:<code>}), in the
	 * caller's transaction, so it is never swept; claiming twice is harmless. A claim
	 * made in a transaction that rolls back is gone with it, and the upload is swept in
	 * time.
	 * @throws RequestRefused 404 {@code document.not-found} when nothing is stored under
	 * {@code documentId}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void claim(String documentId, String ownerRef) {
		if (documentId == null || !DocumentStorage.SHA256.matcher(documentId).matches()
				|| this.files.lock(documentId).isEmpty() || !this.storage.exists(documentId)) {
			throw RequestRefused.notFound("document.not-found");
		}
		this.ingested.claim(documentId, ownerRef, this.clock.instant());
	}

	/**
	 * Deletes the uploads left unclaimed longer than {@code motcua.document.sweep-age}
	 * and the stored bytes nothing refers to (as the scheduled sweep does; skipped while
	 * another instance sweeps). Never deletes bytes that are claimed or still referred
	 * to.
	 */
	public void sweepUnclaimed() {
		this.sweep.sweep();
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

	/**
	 * Checks, without storing anything, that {@code content} is a PDF this system would
	 * accept (the checks of {@link #ingest}, images not accepted) and answers its bytes,
	 * e.g. to verify an upload against the documents issued.
	 * @throws RequestRefused 413 {@code document.too-large}; 415
	 * {@code document.unsupported-type} for anything but a PDF; 422
	 * {@code document.empty}, {@code document.unreadable}, {@code document.encrypted},
	 * {@code document.dangerous} or {@code document.too-many-pages}
	 */
	public byte[] inspectPdf(InputStream content) {
		Path file = null;
		try {
			file = Files.createTempFile("motcua-inspect-", ".part");
			try (OutputStream out = Files.newOutputStream(file)) {
				new LimitedInputStream(content, this.properties.maxSize().toBytes()).transferTo(out);
			}
			catch (LimitedInputStream.TooLarge ex) {
				throw Refusals.tooLarge(this.properties.maxSize().toMegabytes());
			}
			if (Files.size(file) == 0) {
				throw Refusals.empty();
			}
			byte[] head;
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(PaperType.SIGNATURE_LENGTH);
			}
			PaperType.of(head).filter(type -> !type.isImage()).orElseThrow(Refusals::unsupportedType);
			PdfInspection.pages(file, this.properties.maxPages());
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(file);
		}
	}

	/** Whether {@code username} uploaded the document {@code documentId}. */
	@Transactional(readOnly = true)
	public boolean isUploadedBy(String documentId, String username) {
		return this.ingested.isUploadedBy(documentId, username);
	}

	/**
	 * A name of a file alone: no directories, nothing a terminal, log or file system
	 * would read as a command (control and invisible formatting characters).
	 */
	static boolean isPlainName(String filename) {
		if (filename == null) {
			return true;
		}
		if (filename.length() > 255 || filename.equals(".") || filename.equals("..")) {
			return false;
		}
		return filename.codePoints()
			.noneMatch(c -> c == '/' || c == '\\' || Character.getType(c) == Character.CONTROL
					|| Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.LINE_SEPARATOR
					|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
	}

	/**
	 * Whether the text of papers can be recognized here: when Tesseract or its Vietnamese
	 * language pack is missing, recognition is unavailable (with the reason) and
	 * everything else works.
	 */
	public OcrStatus ocrStatus() {
		return this.recognition.status();
	}

	/**
	 * Recognizes the text of each page of a stored document (OCR, {@code vie+eng} by
	 * default, pages rendered at {@code motcua.document.ocr.dpi}), keeps it so that
	 * {@link #searchText(String, int)} finds the document, replacing any text recognized
	 * before, and suggests metadata found in it. Takes seconds per page; runs in no
	 * transaction of the caller's.
	 * @throws RequestRefused 404 {@code document.not-found} when nothing is stored under
	 * {@code documentId}; 503 {@code document.ocr-unavailable} when recognition is
	 * unavailable ({@link #ocrStatus()})
	 */
	public RecognizedText recognize(String documentId) {
		if (documentId == null || !DocumentStorage.SHA256.matcher(documentId).matches()) {
			throw RequestRefused.notFound("document.not-found");
		}
		return this.recognition.recognize(documentId);
	}

	/**
	 * Has the text of a stored document recognized in the background, after the calling
	 * transaction commits ({@link #recognizedText(String)} has it once done). Nothing
	 * happens when recognition is unavailable, the text is already known or
	 * {@code documentId} cannot name a document.
	 */
	@Transactional
	public void recognizeLater(String documentId) {
		if (documentId != null && DocumentStorage.SHA256.matcher(documentId).matches()) {
			this.recognition.requestLater(documentId);
		}
	}

	/** The text recognized earlier on a stored document, if any, with its suggestions. */
	public Optional<RecognizedText> recognizedText(String documentId) {
		if (documentId == null || !DocumentStorage.SHA256.matcher(documentId).matches()) {
			return Optional.empty();
		}
		List<String> pages = this.texts.pages(documentId);
		if (pages.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new RecognizedText(documentId, pages, Suggestions.from(String.join("\n", pages))));
	}

	/**
	 * The pages whose recognized text holds every word of {@code query}, without regard
	 * to case, accents or {@code đ}/{@code d} ({@code giay khai sinh} finds
	 * {@code Giấy khai sinh}), most recently recognized first, at most {@code limit}
	 * (1–500). Callers show only the documents their user may see.
	 */
	public List<TextMatch> searchText(String query, int limit) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return this.texts.search(query, Math.max(1, Math.min(limit, 500)));
	}

	private StoredContent storePdf(Path pdf) throws IOException {
		try (InputStream in = Files.newInputStream(pdf)) {
			return this.storage.store(in);
		}
	}

	private static void deleteQuietly(Path path) {
		if (path == null) {
			return;
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			path.toFile().deleteOnExit();
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
