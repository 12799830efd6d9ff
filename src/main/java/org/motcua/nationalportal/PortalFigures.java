package org.motcua.nationalportal;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes what {@link PortalSync} reads: each delivery to the portal per dossier, and the
 * health of each kind of call (last success, last failure, failures in a row).
 */
@Repository
class PortalFigures {

	private final JdbcClient jdbc;

	PortalFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void delivered(String dossierCode, Integer nationalStatus, Instant at) {
		int updated = this.jdbc.sql("""
				UPDATE portal_dossier_sync SET last_synced_at = :at, last_national_status = :status,
				  messages_delivered = messages_delivered + 1
				WHERE dossier_code = :code
				""")
			.param("code", dossierCode)
			.param("at", PortalOutbox.utc(at))
			.param("status", nationalStatus)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO portal_dossier_sync (dossier_code, first_synced_at, last_synced_at,
					  last_national_status, messages_delivered)
					VALUES (:code, :at, :at, :status, 1)
					""")
				.param("code", dossierCode)
				.param("at", PortalOutbox.utc(at))
				.param("status", nationalStatus)
				.update();
		}
	}

	void success(String channel, Instant at) {
		upsert(channel);
		this.jdbc.sql("UPDATE portal_health SET last_success_at = :at, failures = 0 WHERE channel = :channel")
			.param("channel", channel)
			.param("at", PortalOutbox.utc(at))
			.update();
	}

	void failure(String channel, Instant at, String error) {
		upsert(channel);
		this.jdbc.sql("""
				UPDATE portal_health SET last_failure_at = :at, last_error = :error, failures = failures + 1
				WHERE channel = :channel
				""")
			.param("channel", channel)
			.param("at", PortalOutbox.utc(at))
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.update();
	}

	/** The health of one kind of call: never called yet is all empty. */
	Health health(String channel) {
		return this.jdbc.sql("SELECT * FROM portal_health WHERE channel = :channel")
			.param("channel", channel)
			.query((rs, i) -> new Health(channel, PortalOutbox.instant(rs, "last_success_at"),
					PortalOutbox.instant(rs, "last_failure_at"), rs.getString("last_error"), rs.getInt("failures")))
			.optional()
			.orElse(new Health(channel, null, null, null, 0));
	}

	private void upsert(String channel) {
		this.jdbc.sql("INSERT INTO portal_health (channel, failures) VALUES (:channel, 0) ON CONFLICT DO NOTHING")
			.param("channel", channel)
			.update();
	}

	record Health(String channel, Instant lastSuccessAt, Instant lastFailureAt, String lastError, int failures) {

		public boolean isFailing() {
			return this.lastFailureAt != null
					&& (this.lastSuccessAt == null || this.lastFailureAt.isAfter(this.lastSuccessAt));
		}

	}

}
