package org.motcua.nationalportal;

import java.time.Instant;

import org.motcua.platform.ConnectionHealth;
import org.motcua.platform.ConnectionHealth.Health;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes what {@link PortalSync} reads: each delivery to the portal per dossier, and the
 * health of each kind of call (last success, last failure, failures in a row).
 */
@Repository
class PortalFigures {

	private final JdbcClient jdbc;

	private final ConnectionHealth health;

	PortalFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.health = new ConnectionHealth(jdbc, "portal_health");
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
		this.health.success(channel, at);
	}

	void failure(String channel, Instant at, String error) {
		this.health.failure(channel, at, error);
	}

	/** The health of one kind of call: never called yet is all empty. */
	Health health(String channel) {
		return this.health.of(channel);
	}

}
