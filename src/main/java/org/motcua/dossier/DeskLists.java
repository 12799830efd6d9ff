package org.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.motcua.shared.AgencyCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a desk reads besides single dossiers: the applicant of the latest dossier with an
 * ID number or of one dossier, the dossiers waiting to be received, and the dossiers
 * received in a period.
 */
@Repository
@Transactional(readOnly = true)
class DeskLists {

	private static final String LINE = "SELECT d.code, d.procedure_code, d.procedure_version, d.applicant_name,"
			+ " d.applicant_address, d.channel, d.status, d.submitted_at, d.received_at, d.due_at, d.returned_at,"
			+ " s.agency_code AS handed_agency, s.department AS handed_department FROM dossier d"
			+ " LEFT JOIN dossier_step s ON s.dossier_id = d.id AND s.position = 1";

	private static final String APPLICANT = "SELECT applicant_kind, applicant_id_type, applicant_id_number,"
			+ " applicant_name, applicant_birth_date, applicant_phone, applicant_email, applicant_address FROM dossier";

	private final JdbcClient jdbc;

	DeskLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Applicant> latestApplicant(String idNumber) {
		return this.jdbc
			.sql(APPLICANT + " WHERE applicant_id_number = :id AND code IS NOT NULL ORDER BY id DESC LIMIT 1")
			.param("id", idNumber)
			.query((rs, n) -> applicant(rs))
			.optional();
	}

	Optional<Applicant> applicantOf(DossierCode code) {
		return this.jdbc.sql(APPLICANT + " WHERE code = :code")
			.param("code", code.value())
			.query((rs, n) -> applicant(rs))
			.optional();
	}

	/** The applicant as filed, from a row of {@link #APPLICANT}. */
	private static Applicant applicant(ResultSet rs) throws SQLException {
		return new Applicant(PartyKind.valueOf(rs.getString("applicant_kind")),
				IdType.valueOf(rs.getString("applicant_id_type")), rs.getString("applicant_id_number"),
				rs.getString("applicant_name"), rs.getObject("applicant_birth_date", LocalDate.class),
				rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address"));
	}

	List<DossierLine> waiting(AgencyCode agency, int limit) {
		return this.jdbc
			.sql(LINE + " WHERE d.agency_code = :agency AND d.status = 'SUBMITTED' AND d.channel IN ('ONLINE', 'POST')"
					+ " ORDER BY d.submitted_at, d.id LIMIT :limit")
			.param("agency", agency.value())
			.param("limit", limit)
			.query((rs, n) -> line(rs))
			.list();
	}

	List<DossierLine> received(AgencyCode agency, Instant from, Instant to, int limit) {
		return this.jdbc
			.sql(LINE + " WHERE d.agency_code = :agency AND d.received_at >= :from AND d.received_at < :to"
					+ " ORDER BY d.received_at, d.id LIMIT :limit")
			.param("agency", agency.value())
			.param("from", Dossiers.time(from))
			.param("to", Dossiers.time(to))
			.param("limit", limit)
			.query((rs, n) -> line(rs))
			.list();
	}

	private static DossierLine line(ResultSet rs) throws SQLException {
		return new DossierLine(rs.getString("code"), rs.getString("procedure_code"), rs.getInt("procedure_version"),
				rs.getString("applicant_name"), rs.getString("applicant_address"),
				Channel.valueOf(rs.getString("channel")), DossierStatus.valueOf(rs.getString("status")),
				Dossiers.instant(rs, "submitted_at"), Dossiers.instant(rs, "received_at"),
				Dossiers.instant(rs, "due_at"), Dossiers.instant(rs, "returned_at"), rs.getString("handed_agency"),
				rs.getString("handed_department"));
	}

}
