package org.motcua.document;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of each stored file, one per SHA-256, over {@code stored_file}. */
@Repository
class StoredFiles {

	private final JdbcClient jdbc;

	StoredFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the record unless one for the same hash exists (the first one stays). */
	void add(StoredFile file, Instant now) {
		this.jdbc.sql("""
				INSERT INTO stored_file (sha256, size, media_type, first_stored_at, original_name)
				VALUES (:sha256, :size, :mediaType, :now, :name)
				ON CONFLICT DO NOTHING
				""")
			.param("sha256", file.sha256())
			.param("size", file.size())
			.param("mediaType", file.mediaType())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("name", file.filename())
			.update();
		keep(file.sha256());
	}

	/**
	 * Adds the record of a PDF stored for an upload, unless one exists, and locks it
	 * until the transaction ends (so a sweep of the same bytes waits or has finished).
	 */
	void addIngested(StoredFile file, Instant now) {
		this.jdbc.sql("""
				INSERT INTO stored_file (sha256, size, media_type, first_stored_at, original_name, ingested_only)
				VALUES (:sha256, :size, :mediaType, :now, :name, TRUE)
				ON CONFLICT DO NOTHING
				""")
			.param("sha256", file.sha256())
			.param("size", file.size())
			.param("mediaType", file.mediaType())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("name", file.filename())
			.update();
		lock(file.sha256());
	}

	/** Marks a file as kept by its storer for good (never swept). */
	void keep(String sha256) {
		this.jdbc.sql("UPDATE stored_file SET ingested_only = FALSE WHERE sha256 = :sha256 AND ingested_only")
			.param("sha256", sha256)
			.update();
	}

	/**
	 * Locks the record until the transaction ends and tells whether it exists only
	 * because of uploads; empty when there is no record.
	 */
	Optional<Boolean> lock(String sha256) {
		return this.jdbc.sql("SELECT ingested_only FROM stored_file WHERE sha256 = :sha256 FOR UPDATE")
			.param("sha256", sha256)
			.query(Boolean.class)
			.optional();
	}

	void remove(String sha256) {
		this.jdbc.sql("DELETE FROM stored_file WHERE sha256 = :sha256").param("sha256", sha256).update();
	}

	Optional<StoredFile> find(String sha256) {
		return this.jdbc.sql("SELECT * FROM stored_file WHERE sha256 = :sha256")
			.param("sha256", sha256)
			.query((rs, n) -> new StoredFile(rs.getString("sha256"), rs.getLong("size"), rs.getString("media_type"),
					rs.getString("original_name")))
			.optional();
	}

}
