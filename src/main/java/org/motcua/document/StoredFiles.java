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
	}

	Optional<StoredFile> find(String sha256) {
		return this.jdbc.sql("SELECT * FROM stored_file WHERE sha256 = :sha256")
			.param("sha256", sha256)
			.query((rs, n) -> new StoredFile(rs.getString("sha256"), rs.getLong("size"), rs.getString("media_type"),
					rs.getString("original_name")))
			.optional();
	}

}
