package org.motcua.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.MotcuaApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A backup taken over HTTP from a running embedded installation restores, offline, into a
 * second installation that holds the same rows and documents; the restore refuses a
 * directory in use and an archive that does not match its manifest. Embedded H2 only, so
 * skipped in the PostgreSQL run.
 */
class BackupRestoreIntegrationTests {

	static final byte[] DOCUMENT = "%PDF-1.7 giấy tờ thử nghiệm".getBytes(StandardCharsets.UTF_8);

	static final String DOCUMENT_PATH = "ab/cd/abcdef0123456789";

	@TempDir
	Path temp;

	@BeforeAll
	static void onlyOnEmbeddedDatabase() {
		assumeFalse("postgresql".equals(System.getProperty("motcua.test.database")), "backup is embedded-only");
	}

	@Test
	void restoresBackupTakenWhileRunningIntoSecondInstallation() throws Exception {
		Path original = this.temp.resolve("original");
		String marker = "backup-test-" + System.nanoTime();
		byte[] backup;
		try (ConfigurableApplicationContext app = start(original)) {
			app.getBean(JdbcClient.class)
				.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, ?)")
				.params(marker, java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()),
						"backup test")
				.update();
			Path document = original.resolve("documents").resolve(DOCUMENT_PATH);
			Files.createDirectories(document.getParent());
			Files.write(document, DOCUMENT);

			HttpResponse<byte[]> response = backup(app, "demo-admin");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
			assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment",
					"motcua-backup-");
			backup = response.body();

			assertThat(backup(app, "demo-desk1").statusCode()).isEqualTo(403);
		}
		assertThat(entryNames(backup)).contains("db/motcua.mv.db", "documents/" + DOCUMENT_PATH, "manifest.json");

		Path zip = Files.write(this.temp.resolve("backup.zip"), backup);
		Path restored = this.temp.resolve("restored");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(Restore.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, zip.toString(),
				restored.toString()))
			.isEqualTo(Restore.RESTORED);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("--motcua.data-dir=" + restored);

		try (ConfigurableApplicationContext app = start(restored)) {
			assertThat(app.getBean(JdbcClient.class)
				.sql("SELECT locked_by FROM shedlock WHERE name = ?")
				.param(marker)
				.query(String.class)
				.optional()).hasValue("backup test");
			assertThat(restored.resolve("documents").resolve(DOCUMENT_PATH)).hasBinaryContent(DOCUMENT);
			assertThat(backup(app, "demo-admin").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void refusesNonEmptyTargetDirectory() throws Exception {
		Path zip = Files.write(this.temp.resolve("backup.zip"), archive(List.of()));
		Path target = Files.createDirectories(this.temp.resolve("in-use"));
		Files.writeString(target.resolve("keep.txt"), "do not overwrite");
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int code = Restore.run(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), zip.toString(),
				target.toString());

		assertThat(code).isEqualTo(Restore.TARGET_NOT_EMPTY);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("not empty");
		assertThat(target.resolve("keep.txt")).hasContent("do not overwrite");
	}

	@Test
	void refusesEntryWhoseContentDoesNotMatchManifest() throws Exception {
		byte[] honest = archive(List.of(new Entry("documents/a.pdf", DOCUMENT)));
		byte[] tampered = replace(honest, "documents/a.pdf", "%PDF-1.7 giả mạo".getBytes(StandardCharsets.UTF_8));
		Path target = this.temp.resolve("target");

		assertThat(restore(honest, this.temp.resolve("honest"))).isEqualTo(Restore.RESTORED);
		assertThat(restore(tampered, target)).isEqualTo(Restore.INVALID_BACKUP);
		assertThat(target).doesNotExist();
	}

	@Test
	void refusesEntriesThatLeaveTheTarget() throws Exception {
		Path target = this.temp.resolve("inside").resolve("target");

		assertThat(restore(archive(List.of(new Entry("../escaped.txt", DOCUMENT))), target))
			.isEqualTo(Restore.INVALID_BACKUP);
		assertThat(restore(archive(List.of(new Entry("/tmp/absolute.txt", DOCUMENT))), target))
			.isEqualTo(Restore.INVALID_BACKUP);
		assertThat(this.temp.resolve("inside").resolve("escaped.txt")).doesNotExist();
		assertThat(target).doesNotExist();
	}

	@Test
	void refusesArchiveWithoutManifest() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("documents/a.pdf"));
			zip.write(DOCUMENT);
		}
		assertThat(restore(bytes.toByteArray(), this.temp.resolve("target"))).isEqualTo(Restore.INVALID_BACKUP);
	}

	private int restore(byte[] archive, Path target) throws IOException {
		Path zip = Files.write(Files.createTempFile(this.temp, "backup", ".zip"), archive);
		return Restore.run(System.out, System.err, zip.toString(), target.toString());
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(MotcuaApplication.class).run("--motcua.data-dir=" + dataDir,
				"--spring.datasource.url=jdbc:h2:file:" + dataDir
						+ "/db/motcua;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--server.port=0", "--motcua.demo=true", "--motcua.scheduling.enabled=false");
	}

	private static HttpResponse<byte[]> backup(ConfigurableApplicationContext app, String apiKey) throws Exception {
		String port = app.getEnvironment().getProperty("local.server.port");
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/backup"))
				.header("Authorization", "Bearer " + apiKey)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static List<String> entryNames(byte[] archive) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

	record Entry(String name, byte[] content) {
	}

	/** An archive as the backup writes it: the entries and a true manifest. */
	private static byte[] archive(List<Entry> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			List<BackupManifest.Entry> listed = new ArrayList<>();
			for (Entry entry : entries) {
				zip.putNextEntry(new ZipEntry(entry.name()));
				zip.write(entry.content());
				listed.add(new BackupManifest.Entry(entry.name(), entry.content().length,
						java.util.HexFormat.of().formatHex(EmbeddedBackup.sha256().digest(entry.content()))));
			}
			zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
			zip.write(tools.jackson.databind.json.JsonMapper.builder()
				.build()
				.writeValueAsBytes(
						new BackupManifest("2026-11-27T10:00:00+07:00", "test", "h2-file", listed.size(), listed)));
		}
		return bytes.toByteArray();
	}

	/** The same archive with one entry's bytes changed and the manifest left alone. */
	private static byte[] replace(byte[] archive, String name, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(name) ? content : readAll(in));
			}
		}
		return bytes.toByteArray();
	}

	private static byte[] readAll(InputStream in) throws IOException {
		return in.readAllBytes();
	}

}
