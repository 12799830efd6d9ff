package org.motcua.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each channel's health: last success, last failure and its error, failures in a row. */
@Repository
class ChannelHealth {

	private final JdbcClient jdbc;

	ChannelHealth(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void success(MessageChannel channel, Instant at) {
		upsert(channel);
		this.jdbc.sql("UPDATE notification_health SET last_success_at = :at, failures = 0 WHERE channel = :channel")
			.param("channel", channel.name())
			.param("at", MessageLog.utc(at))
			.update();
	}

	void failure(MessageChannel channel, Instant at, String error) {
		upsert(channel);
		this.jdbc.sql("""
				UPDATE notification_health SET last_failure_at = :at, last_error = :error, failures = failures + 1
				WHERE channel = :channel
				""")
			.param("channel", channel.name())
			.param("at", MessageLog.utc(at))
			.param("error", MessageLog.abbreviate(error, 1000))
			.update();
	}

	/** The health of the channels that leave the system (email, SMS, Zalo). */
	List<Health> all() {
		return Arrays.stream(MessageChannel.values()).filter(c -> c != MessageChannel.INBOX).map(this::of).toList();
	}

	Health of(MessageChannel channel) {
		return this.jdbc.sql("SELECT * FROM notification_health WHERE channel = :channel")
			.param("channel", channel.name())
			.query((rs, i) -> new Health(channel, MessageLog.instant(rs, "last_success_at"),
					MessageLog.instant(rs, "last_failure_at"), rs.getString("last_error"), rs.getInt("failures")))
			.optional()
			.orElse(new Health(channel, null, null, null, 0));
	}

	private void upsert(MessageChannel channel) {
		this.jdbc.sql("INSERT INTO notification_health (channel, failures) VALUES (:channel, 0) ON CONFLICT DO NOTHING")
			.param("channel", channel.name())
			.update();
	}

	/**
	 * One channel's health; failing when its last failure came after its last success.
	 */
	record Health(MessageChannel channel, Instant lastSuccessAt, Instant lastFailureAt, String lastError,
			int failures) {

		public boolean isFailing() {
			return this.lastFailureAt != null
					&& (this.lastSuccessAt == null || this.lastFailureAt.isAfter(this.lastSuccessAt));
		}

	}

}
