package org.motcua.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Backs up a running embedded installation into one zip: the H2 database copied
 * consistently while it serves (H2's {@code BACKUP TO}) under {@code db/}, every file
 * under the data directory's {@code documents/}, and a {@link BackupManifest}. Refuses
 * any other database: PostgreSQL is backed up with its own tools (docs/operations.md).
 */
@Component
class EmbeddedBackup {

	static final String DATABASE_FOLDER = "db/";

	static final String DOCUMENTS_FOLDER = "documents/";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedBackup.class);

	private final Installation installation;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	EmbeddedBackup(Installation installation, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.installation = installation;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Whether this installation's database is one this backup can copy. */
	boolean isPossible() {
		return this.installation.database().isEmbeddedFile();
	}

	/**
	 * Writes the whole backup as a zip to {@code out}, which stays open.
	 * @throws RequestRefused {@code backup.embedded-only} on any database but an H2 file
	 */
	BackupManifest writeTo(OutputStream out) throws IOException {
		if (!isPossible()) {
			throw RequestRefused.conflict("backup.embedded-only");
		}
		Path work = Files.createTempDirectory("motcua-backup");
		Path databaseCopy = work.resolve("database.zip");
		try {
			this.jdbc.sql("BACKUP TO '" + databaseCopy.toString().replace("'", "''") + "'").update();
			ZipOutputStream zip = new ZipOutputStream(out);
			List<BackupManifest.Entry> entries = new ArrayList<>();
			try (ZipFile database = new ZipFile(databaseCopy.toFile())) {
				for (ZipEntry entry : database.stream().filter(e -> !e.isDirectory()).toList()) {
					try (InputStream in = database.getInputStream(entry)) {
						entries.add(add(zip, DATABASE_FOLDER + entry.getName(), in));
					}
				}
			}
			for (Path file : documents()) {
				String name = DOCUMENTS_FOLDER
						+ this.installation.documentsDir().relativize(file).toString().replace('\\', '/');
				try (InputStream in = Files.newInputStream(file)) {
					entries.add(add(zip, name, in));
				}
			}
			BackupManifest manifest = new BackupManifest(OffsetDateTime.now(this.clock).toString(),
					this.installation.version(), this.installation.database().kind(), entries.size(), entries);
			zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
			zip.write(this.json.writer().withDefaultPrettyPrinter().writeValueAsBytes(manifest));
			zip.closeEntry();
			zip.finish();
			zip.flush();
			log.info("Backup written: {} entries, {} bytes", entries.size(),
					entries.stream().mapToLong(BackupManifest.Entry::size).sum());
			return manifest;
		}
		finally {
			Files.deleteIfExists(databaseCopy);
			Files.deleteIfExists(work);
		}
	}

	private List<Path> documents() throws IOException {
		Path root = this.installation.documentsDir();
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static BackupManifest.Entry add(ZipOutputStream zip, String name, InputStream in) throws IOException {
		MessageDigest sha256 = sha256();
		zip.putNextEntry(new ZipEntry(name));
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			zip.write(buffer, 0, read);
			sha256.update(buffer, 0, read);
			size += read;
		}
		zip.closeEntry();
		return new BackupManifest.Entry(name, size, HexFormat.of().formatHex(sha256.digest()));
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
