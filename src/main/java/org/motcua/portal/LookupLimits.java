package org.motcua.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many public lookups each client made in the current window, counted in the database
 * ({@code portal_lookup_count}) so that the limit holds across instances. A client is
 * known by the SHA-256 of its address (the address itself is not kept); a window starts
 * at a multiple of {@code motcua.portal.lookup-window} since the epoch.
 */
@Component
class LookupLimits {

	private final JdbcClient jdbc;

	private final PortalProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	LookupLimits(JdbcClient jdbc, PortalProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Counts one lookup by {@code clientAddress}; whether it is within the limit. Old
	 * windows are dropped as new ones start.
	 */
	boolean tryLookup(String clientAddress) {
		String key = key(clientAddress == null ? "" : clientAddress);
		Instant now = this.clock.instant();
		long window = this.properties.lookupWindow().toMillis();
		Instant start = Instant.ofEpochMilli(now.toEpochMilli() / window * window);
		Integer hits = this.transaction.execute(status -> {
			if (increment(key, start) == 0) {
				int inserted = this.jdbc
					.sql("INSERT INTO portal_lookup_count (client_key, window_start, hits) VALUES (:key, :start, 1)"
							+ " ON CONFLICT DO NOTHING")
					.param("key", key)
					.param("start", Drafts.utc(start))
					.update();
				if (inserted == 0) {
					increment(key, start);
				}
				else {
					this.jdbc.sql("DELETE FROM portal_lookup_count WHERE client_key = :key AND window_start < :start")
						.param("key", key)
						.param("start", Drafts.utc(start))
						.update();
				}
			}
			return this.jdbc
				.sql("SELECT hits FROM portal_lookup_count WHERE client_key = :key AND window_start = :start")
				.param("key", key)
				.param("start", Drafts.utc(start))
				.query(Integer.class)
				.single();
		});
		return hits != null && hits <= this.properties.lookupLimit();
	}

	/** Seconds until the current window ends. */
	long secondsLeft() {
		long window = this.properties.lookupWindow().toMillis();
		long now = this.clock.millis();
		return Math.max(1, (window - now % window) / 1000);
	}

	private int increment(String key, Instant start) {
		return this.jdbc
			.sql("UPDATE portal_lookup_count SET hits = hits + 1 WHERE client_key = :key AND window_start = :start")
			.param("key", key)
			.param("start", Drafts.utc(start))
			.update();
	}

	private static String key(String address) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
