package org.motcua.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The health of the calls to an external system, one row per kind of call ("channel") in
 * a table the module owns, with the columns {@code channel}, {@code last_success_at},
 * {@code last_failure_at}, {@code last_error} and {@code failures} (in a row).
 */
public final class ConnectionHealth {

	private final JdbcClient jdbc;

	private final String table;

	/** {@code table}: a constant table name of the calling module, never input. */
	public ConnectionHealth(JdbcClient jdbc, String table) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("A table name: " + table);
		}
		this.jdbc = jdbc;
		this.table = table;
	}

	public void success(String channel, Instant at) {
		upsert(channel);
		this.jdbc.sql("UPDATE " + this.table + " SET last_success_at = :at, failures = 0 WHERE channel = :channel")
			.param("channel", channel)
			.param("at", utc(at))
			.update();
	}

	public void failure(String channel, Instant at, String error) {
		upsert(channel);
		this.jdbc
			.sql("UPDATE " + this.table + " SET last_failure_at = :at, last_error = :error, failures = failures + 1"
					+ " WHERE channel = :channel")
			.param("channel", channel)
			.param("at", utc(at))
			.param("error", error == null || error.length() <= 1000 ? error : error.substring(0, 1000))
			.update();
	}

	/** The health of one kind of call: never called yet is all empty. */
	public Health of(String channel) {
		return this.jdbc.sql("SELECT * FROM " + this.table + " WHERE channel = :channel")
			.param("channel", channel)
			.query((rs, i) -> new Health(channel, instant(rs.getObject("last_success_at", OffsetDateTime.class)),
					instant(rs.getObject("last_failure_at", OffsetDateTime.class)), rs.getString("last_error"),
					rs.getInt("failures")))
			.optional()
			.orElse(new Health(channel, null, null, null, 0));
	}

	private void upsert(String channel) {
		this.jdbc.sql("INSERT INTO " + this.table + " (channel, failures) VALUES (:channel, 0) ON CONFLICT DO NOTHING")
			.param("channel", channel)
			.update();
	}

	private static OffsetDateTime utc(Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

	/** One kind of call; failing when its last failure came after its last success. */
	public record Health(String channel, Instant lastSuccessAt, Instant lastFailureAt, String lastError, int failures) {

		public boolean isFailing() {
			return this.lastFailureAt != null
					&& (this.lastSuccessAt == null || this.lastFailureAt.isAfter(this.lastSuccessAt));
		}

	}

}
