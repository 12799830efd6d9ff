package org.motcua.warehouse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The share links of items ({@code warehouse_share}), found by the hash of their token.
 */
@Repository
class Shares {

	record Share(long id, String itemId, String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt) {

	}

	private final JdbcClient jdbc;

	Shares(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(String itemId, String tokenHash, String createdBy, Instant now, Instant expiresAt) {
		this.jdbc.sql("""
				INSERT INTO warehouse_share (item_id, token_hash, created_by, created_at, expires_at)
				VALUES (:itemId, :tokenHash, :createdBy, :now, :expiresAt)
				""")
			.param("itemId", itemId)
			.param("tokenHash", tokenHash)
			.param("createdBy", createdBy)
			.param("now", WarehouseItems.utc(now))
			.param("expiresAt", WarehouseItems.utc(expiresAt))
			.update();
		return this.jdbc.sql("SELECT id FROM warehouse_share WHERE token_hash = :tokenHash")
			.param("tokenHash", tokenHash)
			.query(Long.class)
			.single();
	}

	Optional<Share> findByTokenHash(String tokenHash) {
		return this.jdbc.sql("SELECT * FROM warehouse_share WHERE token_hash = :tokenHash")
			.param("tokenHash", tokenHash)
			.query((rs, n) -> share(rs))
			.optional();
	}

	Optional<Share> find(long id) {
		return this.jdbc.sql("SELECT * FROM warehouse_share WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> share(rs))
			.optional();
	}

	/** The item's links, newest first. */
	List<Share> of(String itemId) {
		return this.jdbc.sql("SELECT * FROM warehouse_share WHERE item_id = :itemId ORDER BY created_at DESC, id DESC")
			.param("itemId", itemId)
			.query((rs, n) -> share(rs))
			.list();
	}

	boolean revoke(long id, Instant now) {
		return this.jdbc.sql("UPDATE warehouse_share SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("id", id)
			.param("now", WarehouseItems.utc(now))
			.update() == 1;
	}

	private static Share share(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Share(rs.getLong("id"), rs.getString("item_id"), rs.getString("created_by"),
				WarehouseItems.instant(rs, "created_at"), WarehouseItems.instant(rs, "expires_at"),
				WarehouseItems.instant(rs, "revoked_at"));
	}

}
