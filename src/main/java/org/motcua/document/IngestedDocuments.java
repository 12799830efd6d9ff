package org.motcua.document;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every accepted upload ({@code ingested_document}, one row per upload, several rows may
 * share the stored PDF) and the claims on stored PDFs ({@code document_claim}).
 */
@Repository
class IngestedDocuments {

	private final JdbcClient jdbc;

	IngestedDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Ingested ingested, String originalSha256, String createdBy, Instant now) {
		this.jdbc.sql("""
				INSERT INTO ingested_document
				  (sha256, original_sha256, original_media_type, pages, size, created_at, created_by)
				VALUES (:sha256, :originalSha256, :originalMediaType, :pages, :size, :now, :createdBy)
				""")
			.param("sha256", ingested.sha256())
			.param("originalSha256", originalSha256)
			.param("originalMediaType", ingested.originalMediaType())
			.param("pages", ingested.pages())
			.param("size", ingested.size())
			.param("now", utc(now))
			.param("createdBy", createdBy)
			.update();
	}

	boolean isUploadedBy(String sha256, String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM ingested_document WHERE sha256 = :sha256 AND created_by = :username")
			.param("sha256", sha256)
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	boolean isIngested(String sha256) {
		return count("SELECT COUNT(*) FROM ingested_document WHERE sha256 = :sha256", sha256) > 0;
	}

	boolean isClaimed(String sha256) {
		return count("SELECT COUNT(*) FROM document_claim WHERE sha256 = :sha256", sha256) > 0;
	}

	void claim(String sha256, String ownerRef, Instant now) {
		this.jdbc.sql("""
				INSERT INTO document_claim (sha256, owner_ref, claimed_at) VALUES (:sha256, :ownerRef, :now)
				ON CONFLICT DO NOTHING
				""").param("sha256", sha256).param("ownerRef", ownerRef).param("now", utc(now)).update();
	}

	/** The stored PDFs with an upload older than {@code cutoff} and no claim. */
	List<String> unclaimedBefore(Instant cutoff) {
		return this.jdbc.sql("""
				SELECT DISTINCT d.sha256 FROM ingested_document d
				WHERE d.created_at < :cutoff
				  AND NOT EXISTS (SELECT 1 FROM document_claim c WHERE c.sha256 = d.sha256)
				""").param("cutoff", utc(cutoff)).query(String.class).list();
	}

	/** Removes the unclaimed uploads of {@code sha256} older than {@code cutoff}. */
	int removeUnclaimed(String sha256, Instant cutoff) {
		return this.jdbc.sql("""
				DELETE FROM ingested_document d
				WHERE d.sha256 = :sha256 AND d.created_at < :cutoff
				  AND NOT EXISTS (SELECT 1 FROM document_claim c WHERE c.sha256 = d.sha256)
				""").param("sha256", sha256).param("cutoff", utc(cutoff)).update();
	}

	private long count(String sql, String sha256) {
		return this.jdbc.sql(sql).param("sha256", sha256).query(Long.class).single();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
