package org.motcua.dossier;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The first answer to each Idempotency-Key of an intake, with its request's hash. */
@Repository
class IdempotencyKeys {

	record Entry(String requestHash, IntakeReceipt answer) {

	}

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Entry> find(String key) {
		return this.jdbc.sql("SELECT * FROM dossier_idempotency_key WHERE idempotency_key = ?")
			.param(key)
			.query((rs, n) -> new Entry(rs.getString("request_hash"),
					new IntakeReceipt(rs.getString("dossier_code"), DossierStatus.valueOf(rs.getString("status")),
							Dossiers.instant(rs, "due_at"))))
			.optional();
	}

	/**
	 * Records the answer; a concurrent first use of the key fails with a duplicate key.
	 */
	void remember(String key, String requestHash, IntakeReceipt answer, Instant now) {
		this.jdbc.sql("INSERT INTO dossier_idempotency_key VALUES (?, ?, ?, ?, ?, ?)")
			.params(key, requestHash, answer.code(), answer.status().name(), Dossiers.time(answer.dueAt()),
					Dossiers.time(now))
			.update();
	}

}
