package org.motcua.dossier.forms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code issued_form} table. */
@Repository
class IssuedForms {

	private static final String COLUMNS = "id, kind, dossier_code, verification_code, document_id, issued_at, issued_by";

	private final JdbcClient jdbc;

	IssuedForms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	IssuedForm add(FormKind kind, String dossierCode, VerificationCode code, String documentId, Instant issuedAt,
			String issuedBy) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO issued_form (kind, dossier_code, verification_code, document_id, issued_at, issued_by)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(kind.name(), dossierCode, code.value(), documentId, Timestamp.from(issuedAt), issuedBy)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		return new IssuedForm(id, kind, dossierCode, code, documentId, issuedAt, issuedBy);
	}

	Optional<IssuedForm> findLatest(String dossierCode, FormKind kind) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM issued_form WHERE dossier_code = ? AND kind = ?"
					+ " ORDER BY issued_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
			.params(dossierCode, kind.name())
			.query(IssuedForms::map)
			.optional();
	}

	Optional<IssuedForm> findByVerificationCode(VerificationCode code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM issued_form WHERE verification_code = ?")
			.param(code.value())
			.query(IssuedForms::map)
			.optional();
	}

	boolean exists(VerificationCode code) {
		return this.jdbc.sql("SELECT COUNT(*) FROM issued_form WHERE verification_code = ?")
			.param(code.value())
			.query(Long.class)
			.single() > 0;
	}

	private static IssuedForm map(ResultSet row, int number) throws SQLException {
		return new IssuedForm(row.getLong("id"), FormKind.valueOf(row.getString("kind")), row.getString("dossier_code"),
				new VerificationCode(row.getString("verification_code")), row.getString("document_id"),
				row.getTimestamp("issued_at").toInstant(), row.getString("issued_by"));
	}

}
