package org.motcua.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores a backup taken by {@code POST /api/v1/admin/backup} into a data directory,
 * offline, with the application stopped:
 * {@code java -jar motcua.jar restore <backup.zip> <data-dir>}. Then
 * {@code java -jar motcua.jar --motcua.data-dir=<data-dir>} serves the same data.
 *
 * <p>
 * Refuses a target directory that is not empty (exit code {@value #TARGET_NOT_EMPTY}),
 * and a backup whose entries do not match its manifest, that lacks one, or whose entry
 * names leave the target ({@code ..}, absolute paths; exit code
 * {@value #INVALID_BACKUP}). Every entry is checked before anything is written.
 */
public final class Restore {

	/** Restored. */
	public static final int RESTORED = 0;

	/** Wrong arguments, or the backup could not be read or the target written. */
	public static final int FAILED = 1;

	/** The target directory exists and is not empty. */
	public static final int TARGET_NOT_EMPTY = 2;

	/** The backup does not match its manifest or holds an unsafe entry name. */
	public static final int INVALID_BACKUP = 3;

	private Restore() {
	}

	/**
	 * Runs the restore command.
	 * @param out where progress is reported
	 * @param err where refusals are reported
	 * @param args the backup zip and the target data directory
	 * @return the exit code
	 */
	public static int run(PrintStream out, PrintStream err, String... args) {
		if (args.length != 2) {
			err.println("Cách dùng / Usage: java -jar motcua.jar restore <backup.zip> <data-dir>");
			return FAILED;
		}
		Path backup = Path.of(args[0]);
		Path target = Path.of(args[1]).toAbsolutePath().normalize();
		try {
			int count = restore(backup, target);
			out.println(
					"Đã khôi phục " + count + " tệp vào " + target + " / Restored " + count + " files into " + target);
			out.println("Chạy / Run: java -jar motcua.jar --motcua.data-dir=" + target);
			return RESTORED;
		}
		catch (Refused ex) {
			err.println(ex.getMessage());
			return ex.exitCode;
		}
		catch (IOException ex) {
			err.println("Khôi phục thất bại / Restore failed: " + ex);
			return FAILED;
		}
	}

	static int restore(Path backup, Path target) throws IOException {
		if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
			throw new Refused(TARGET_NOT_EMPTY,
					"Thư mục đích không trống; hãy khôi phục vào một thư mục trống hoặc chưa có"
							+ " / The target directory is not empty; restore into an empty or non-existent directory: "
							+ target);
		}
		if (!Files.isRegularFile(backup)) {
			throw new Refused(FAILED, "Không tìm thấy tệp sao lưu / Backup file not found: " + backup);
		}
		try (ZipFile zip = new ZipFile(backup.toFile())) {
			Map<String, BackupManifest.Entry> expected = manifest(zip);
			List<? extends ZipEntry> entries = zip.stream().filter(e -> !e.isDirectory()).toList();
			for (ZipEntry entry : entries) {
				resolveSafely(target, entry.getName());
				if (!entry.getName().equals(BackupManifest.NAME)) {
					try (InputStream in = zip.getInputStream(entry)) {
						check(entry.getName(), copy(in, OutputStream.nullOutputStream()), expected);
					}
				}
			}
			long present = entries.stream().filter(e -> expected.containsKey(e.getName())).count();
			if (present != expected.size()) {
				throw invalid("the manifest lists entries the archive does not hold");
			}
			Files.createDirectories(target);
			try {
				for (ZipEntry entry : entries) {
					Path file = resolveSafely(target, entry.getName());
					Files.createDirectories(file.getParent());
					try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(file)) {
						Digested written = copy(in, out);
						if (!entry.getName().equals(BackupManifest.NAME)) {
							check(entry.getName(), written, expected);
						}
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				deleteContents(target);
				throw ex;
			}
			return expected.size();
		}
	}

	private static Map<String, BackupManifest.Entry> manifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(BackupManifest.NAME);
		if (entry == null) {
			throw invalid("no " + BackupManifest.NAME);
		}
		try (InputStream in = zip.getInputStream(entry)) {
			BackupManifest manifest = JsonMapper.builder().build().readValue(in, BackupManifest.class);
			Map<String, BackupManifest.Entry> byPath = new HashMap<>();
			manifest.entries().forEach(e -> byPath.put(e.path(), e));
			return byPath;
		}
		catch (JacksonException | NullPointerException ex) {
			throw invalid("unreadable " + BackupManifest.NAME);
		}
	}

	private static void check(String name, Digested content, Map<String, BackupManifest.Entry> expected) {
		BackupManifest.Entry entry = expected.get(name);
		if (entry == null) {
			throw invalid("entry not in the manifest: " + name);
		}
		if (entry.size() != content.size() || !entry.sha256().equalsIgnoreCase(content.sha256())) {
			throw invalid("SHA-256 does not match the manifest: " + name);
		}
	}

	/** The path an entry name stands for inside {@code target}; refuses any way out. */
	static Path resolveSafely(Path target, String name) {
		boolean unsafe = name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.contains("\\")
				|| name.contains(":") || Stream.of(name.split("/")).anyMatch(".."::equals);
		Path resolved = target.resolve(name).normalize();
		if (unsafe || !resolved.startsWith(target) || resolved.equals(target)) {
			throw invalid("unsafe entry name: " + name);
		}
		return resolved;
	}

	private static Digested copy(InputStream in, OutputStream out) throws IOException {
		MessageDigest sha256 = EmbeddedBackup.sha256();
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			out.write(buffer, 0, read);
			sha256.update(buffer, 0, read);
			size += read;
		}
		return new Digested(size, HexFormat.of().formatHex(sha256.digest()));
	}

	private static boolean isEmpty(Path directory) throws IOException {
		try (Stream<Path> children = Files.list(directory)) {
			return children.findAny().isEmpty();
		}
	}

	private static void deleteContents(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				if (!path.equals(directory)) {
					Files.delete(path);
				}
			}
		}
	}

	private static Refused invalid(String reason) {
		return new Refused(INVALID_BACKUP,
				"Bản sao lưu không hợp lệ, không khôi phục / Invalid backup, nothing restored: " + reason);
	}

	private record Digested(long size, String sha256) {
	}

	/** A restore refused before anything was written, with its exit code. */
	static final class Refused extends RuntimeException {

		private final int exitCode;

		Refused(int exitCode, String message) {
			super(message);
			this.exitCode = exitCode;
		}

		int exitCode() {
			return this.exitCode;
		}

	}

}
