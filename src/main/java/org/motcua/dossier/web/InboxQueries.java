package org.motcua.dossier.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.motcua.dossier.DossierStatus;
import org.motcua.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inboxes' lists, each one indexed query capped at {@link #LIMIT} lines: open steps
 * assigned to an officer; open steps nobody has in an officer's unit; results waiting for
 * an approver; results and waits at a desk.
 */
@Component
class InboxQueries {

	static final int LIMIT = 500;

	private static final String COLUMNS = "SELECT d.code, d.procedure_code, d.procedure_version, d.applicant_name,"
			+ " d.status, s.name AS step_name, s.agency_code AS step_agency, s.department AS step_department,"
			+ " s.assignee, COALESCE(s.due_at, d.due_at) AS due";

	private static final String WORKING = " AND d.status IN ('RECEIVED', 'IN_PROCESS')";

	private final JdbcClient jdbc;

	InboxQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Open steps assigned to {@code username}, soonest due first. */
	List<InboxRow> assignedTo(String username) {
		return this.jdbc
			.sql(COLUMNS + " FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id"
					+ " WHERE s.assignee = :me AND s.ended_at IS NULL" + WORKING + order())
			.param("me", username)
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * Open steps nobody has at {@code agency}: in {@code department}, or in no department
	 * and planned for a role in {@code roles}.
	 */
	List<InboxRow> unassignedAt(String agency, String department, Set<Role> roles) {
		List<String> roleNames = roles.isEmpty() ? List.of("") : roles.stream().map(Role::name).toList();
		return this.jdbc
			.sql(COLUMNS + " FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id"
					+ " WHERE s.agency_code = :agency AND s.assignee IS NULL AND s.ended_at IS NULL" + WORKING
					+ " AND (s.department = :department OR s.department IS NULL AND EXISTS (SELECT 1"
					+ " FROM dossier_plan_step p WHERE p.dossier_id = d.id AND p.position = s.plan_index"
					+ " AND p.role IN (:roles)))" + order())
			.param("agency", agency)
			.param("department", department == null ? "" : department)
			.param("roles", roleNames)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** Drafted results whose open (last) step is at {@code agency}, soonest due first. */
	List<InboxRow> awaitingApprovalAt(String agency) {
		return this.jdbc.sql(COLUMNS + " FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id"
				+ " WHERE s.agency_code = :agency AND s.ended_at IS NULL AND d.status = 'AWAITING_APPROVAL'" + order())
			.param("agency", agency)
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * Dossiers of {@code agency} in one of {@code statuses}, the longest waiting first
	 * (by approval for results, by due instant for waits).
	 */
	List<InboxRow> atDesk(String agency, List<DossierStatus> statuses) {
		return this.jdbc
			.sql("SELECT d.code, d.procedure_code, d.procedure_version, d.applicant_name, d.status,"
					+ " NULL AS step_name, NULL AS step_agency, NULL AS step_department, NULL AS assignee,"
					+ " d.due_at AS due FROM dossier d WHERE d.agency_code = :agency AND d.status IN (:statuses)"
					+ " ORDER BY COALESCE(d.finished_at, d.due_at), d.id LIMIT " + LIMIT)
			.param("agency", agency)
			.param("statuses", statuses.stream().map(DossierStatus::name).toList())
			.query((rs, n) -> row(rs))
			.list();
	}

	private static String order() {
		return " ORDER BY due, d.id LIMIT " + LIMIT;
	}

	private static InboxRow row(ResultSet rs) throws SQLException {
		OffsetDateTime due = rs.getObject("due", OffsetDateTime.class);
		return new InboxRow(rs.getString("code"), rs.getString("procedure_code"), rs.getInt("procedure_version"),
				rs.getString("applicant_name"), DossierStatus.valueOf(rs.getString("status")),
				rs.getString("step_name"), rs.getString("step_agency"), rs.getString("step_department"),
				rs.getString("assignee"), due == null ? null : due.toInstant());
	}

}
