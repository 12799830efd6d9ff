package org.motcua.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys issued to staff accounts. Only the SHA-256 of a key is stored (a key is 32
 * random bytes, so a fast hash suffices); the key itself is shown once, when issued.
 */
@Repository
class ApiKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A key as listed to administrators: never the key itself. */
	record Listed(long id, String prefix, String label, boolean demo, OffsetDateTime createdAt,
			OffsetDateTime revokedAt, OffsetDateTime lastUsedAt) {
	}

	/** A key just issued: the only time the key itself is known. */
	record Issued(long id, String key, String prefix) {
	}

	/** Issues a new random key to an account and returns it; it cannot be read again. */
	@Transactional
	Issued issue(long accountId, String label) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String key = "mk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = store(accountId, key, label, false);
		return new Issued(id, key, prefix(key));
	}

	private static String prefix(String key) {
		return key.substring(0, Math.min(8, key.length()));
	}

	/** Stores a fixed key (the documented demo keys); used only in demo mode. */
	void storeDemoKey(long accountId, String key) {
		store(accountId, key, "demo", true);
	}

	private long store(long accountId, String key, String label, boolean demo) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO api_key (account_id, key_hash, key_prefix, label, demo, created_at)
				VALUES (:account, :hash, :prefix, :label, :demo, :now)
				""")
			.param("account", accountId)
			.param("hash", hash(key))
			.param("prefix", prefix(key))
			.param("label", label)
			.param("demo", demo)
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * The account a valid, unrevoked key belongs to. Records when the key was last used,
	 * writing at most once a minute per key so that busy keys cost no write per request.
	 */
	Optional<Long> findAccount(String key) {
		record Found(long id, long accountId, OffsetDateTime lastUsedAt) {
		}
		Optional<Found> found = this.jdbc
			.sql("SELECT id, account_id, last_used_at FROM api_key WHERE key_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash(key))
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getLong("account_id"),
					rs.getObject("last_used_at", OffsetDateTime.class)))
			.optional();
		found.ifPresent(f -> {
			OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
			if (f.lastUsedAt() == null || f.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
				this.jdbc.sql("UPDATE api_key SET last_used_at = :now WHERE id = :id")
					.param("now", now)
					.param("id", f.id())
					.update();
			}
		});
		return found.map(Found::accountId);
	}

	List<Listed> findByAccount(long accountId) {
		return this.jdbc.sql("""
				SELECT id, key_prefix, label, demo, created_at, revoked_at, last_used_at
				FROM api_key WHERE account_id = :account ORDER BY created_at DESC, id DESC
				""")
			.param("account", accountId)
			.query((rs, n) -> new Listed(rs.getLong("id"), rs.getString("key_prefix"), rs.getString("label"),
					rs.getBoolean("demo"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("revoked_at", OffsetDateTime.class),
					rs.getObject("last_used_at", OffsetDateTime.class)))
			.list();
	}

	/** Revokes a key of an account; a revoked key authenticates nobody. */
	boolean revoke(long accountId, long keyId) {
		return this.jdbc.sql("""
				UPDATE api_key SET revoked_at = :now WHERE id = :id AND account_id = :account AND revoked_at IS NULL
				""")
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("id", keyId)
			.param("account", accountId)
			.update() == 1;
	}

	boolean hasDemoKeys() {
		return this.jdbc.sql("SELECT COUNT(*) FROM api_key WHERE demo").query(Long.class).single() > 0;
	}

	/**
	 * Revokes every demo key: they must not work once the installation leaves demo mode.
	 */
	void revokeDemoKeys() {
		this.jdbc.sql("UPDATE api_key SET revoked_at = :now WHERE demo AND revoked_at IS NULL")
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
	}

	static String hash(String key) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
