package org.motcua.dossier.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.motcua.dossier.forms.VerificationCode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code dossier_issued_document} (signed results and certified copies) and
 * {@code dossier_result_fields} (a result's structured fields as entered), and the
 * lookups of verification by code and by hash, which also read {@code issued_form} and
 * the dossiers' papers.
 */
@Repository
class IssuedDocuments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "kind, verification_code, dossier_code, document_id, type_code, data,"
			+ " source_document_id, signed_by, signed_at";

	private final JdbcClient jdbc;

	IssuedDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(IssuedDocument issued) {
		this.jdbc.sql("INSERT INTO dossier_issued_document (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(issued.kind().name(), issued.verificationCode().value(), issued.dossierCode(), issued.documentId(),
					issued.typeCode(), JSON.writeValueAsString(issued.data()), issued.sourceDocumentId(),
					issued.signedBy(), Timestamp.from(issued.signedAt()))
			.update();
	}

	Optional<IssuedDocument> findByCode(VerificationCode code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM dossier_issued_document WHERE verification_code = ?")
			.param(code.value())
			.query(IssuedDocuments::map)
			.optional();
	}

	Optional<IssuedDocument> findByDocument(String documentId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM dossier_issued_document WHERE document_id = ? ORDER BY id"
					+ " FETCH FIRST 1 ROWS ONLY")
			.param(documentId)
			.query(IssuedDocuments::map)
			.optional();
	}

	List<IssuedDocument> of(String dossierCode, IssuedDocument.Kind kind) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM dossier_issued_document WHERE dossier_code = ? AND kind = ? ORDER BY id")
			.params(dossierCode, kind.name())
			.query(IssuedDocuments::map)
			.list();
	}

	/** Whether any issued document or form carries {@code code}. */
	boolean taken(VerificationCode code) {
		return this.jdbc
			.sql("SELECT (SELECT COUNT(*) FROM dossier_issued_document WHERE verification_code = ?)"
					+ " + (SELECT COUNT(*) FROM issued_form WHERE verification_code = ?)")
			.params(code.value(), code.value())
			.query(Long.class)
			.single() > 0;
	}

	/** The form stored as {@code documentId}: its dossier code and kind, if any. */
	Optional<String[]> findForm(String documentId) {
		return this.jdbc
			.sql("SELECT dossier_code, kind, verification_code FROM issued_form WHERE document_id = ? ORDER BY id"
					+ " FETCH FIRST 1 ROWS ONLY")
			.param(documentId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional();
	}

	/** The dossier whose submitted paper is stored as {@code documentId}, if any. */
	Optional<String> findPaper(String documentId) {
		return this.jdbc
			.sql("SELECT d.code FROM dossier_document p JOIN dossier d ON d.id = p.dossier_id"
					+ " WHERE p.document_id = ? AND d.code IS NOT NULL ORDER BY d.id FETCH FIRST 1 ROWS ONLY")
			.param(documentId)
			.query(String.class)
			.optional();
	}

	void enterFields(String dossierCode, String typeCode, Map<String, String> data, String by, Timestamp at) {
		String json = JSON.writeValueAsString(data);
		int updated = this.jdbc
			.sql("UPDATE dossier_result_fields SET result_type_code = ?, data = ?, entered_by = ?, entered_at = ?"
					+ " WHERE dossier_code = ?")
			.params(typeCode, json, by, at, dossierCode)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO dossier_result_fields (dossier_code, result_type_code, data, entered_by, entered_at)"
						+ " VALUES (?, ?, ?, ?, ?)")
				.params(dossierCode, typeCode, json, by, at)
				.update();
		}
	}

	/** The result type code and fields entered for a dossier's result. */
	Optional<EnteredFields> enteredFields(String dossierCode) {
		return this.jdbc.sql("SELECT result_type_code, data FROM dossier_result_fields WHERE dossier_code = ?")
			.param(dossierCode)
			.query((rs, n) -> new EnteredFields(rs.getString(1), read(rs.getString(2))))
			.optional();
	}

	/** A result's type and fields as entered. */
	record EnteredFields(String typeCode, Map<String, String> data) {

	}

	private static IssuedDocument map(ResultSet rs, int row) throws SQLException {
		return new IssuedDocument(IssuedDocument.Kind.valueOf(rs.getString("kind")),
				new VerificationCode(rs.getString("verification_code")), rs.getString("dossier_code"),
				rs.getString("document_id"), rs.getString("type_code"), read(rs.getString("data")),
				rs.getString("source_document_id"), rs.getString("signed_by"),
				rs.getTimestamp("signed_at").toInstant());
	}

	private static Map<String, String> read(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		return new LinkedHashMap<>(JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		}));
	}

}
