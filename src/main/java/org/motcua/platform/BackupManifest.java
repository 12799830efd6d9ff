package org.motcua.platform;

import java.util.List;

/**
 * The table of contents of a backup archive, stored in it as {@value #NAME}: when and
 * from which version and database it was taken, and the SHA-256 of every other entry,
 * which {@link Restore} checks before it writes anything.
 *
 * @param createdAt when the backup was taken (ISO-8601 with offset)
 * @param motcuaVersion the version of motcua that took it
 * @param database the kind of database copied ({@code h2-file})
 * @param fileCount the number of entries besides the manifest
 * @param entries each entry's path in the archive, size in bytes and SHA-256 (hex)
 */
record BackupManifest(String createdAt, String motcuaVersion, String database, int fileCount, List<Entry> entries) {

	static final String NAME = "manifest.json";

	record Entry(String path, long size, String sha256) {
	}

}
