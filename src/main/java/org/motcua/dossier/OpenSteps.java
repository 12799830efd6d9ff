package org.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open steps of the dossiers being worked on ({@code RECEIVED}, {@code IN_PROCESS},
 * {@code AWAITING_APPROVAL}), for the officers' reminders, digests and overdue lists.
 * Each answer is one indexed query, soonest due first, at most {@code limit} (1 to 5000)
 * lines.
 */
@Service
@Transactional(readOnly = true)
public class OpenSteps {

	private static final String SELECT = "SELECT d.code, d.procedure_code, s.name, s.agency_code, s.department,"
			+ " s.assignee, COALESCE(s.due_at, d.due_at) AS due FROM dossier_step s JOIN dossier d ON d.id = s.dossier_id"
			+ " WHERE s.ended_at IS NULL AND d.status IN ('RECEIVED', 'IN_PROCESS', 'AWAITING_APPROVAL')";

	private final JdbcClient jdbc;

	OpenSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Open steps held by someone and due before {@code before} (all when null). */
	public List<OpenStep> findAssigned(Instant before, int limit) {
		return this.jdbc
			.sql(SELECT + " AND s.assignee IS NOT NULL"
					+ (before == null ? "" : " AND COALESCE(s.due_at, d.due_at) < :before") + order(limit))
			.params(before == null ? java.util.Map.of() : java.util.Map.of("before", time(before)))
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * Open steps at {@code agency} (in {@code department} when not null) due before
	 * {@code before}: the unit's overdue list when {@code before} is now.
	 */
	public List<OpenStep> findDueAt(String agency, String department, Instant before, int limit) {
		return this.jdbc
			.sql(SELECT + " AND s.agency_code = :agency AND COALESCE(s.due_at, d.due_at) < :before"
					+ (department == null ? "" : " AND s.department = :department") + order(limit))
			.params(department == null ? java.util.Map.of("agency", agency, "before", time(before))
					: java.util.Map.of("agency", agency, "before", time(before), "department", department))
			.query((rs, n) -> row(rs))
			.list();
	}

	private static String order(int limit) {
		return " ORDER BY due, d.id LIMIT " + Math.max(1, Math.min(limit, 5000));
	}

	private static OffsetDateTime time(Instant at) {
		return at.atOffset(java.time.ZoneOffset.UTC);
	}

	private static OpenStep row(ResultSet rs) throws SQLException {
		OffsetDateTime due = rs.getObject("due", OffsetDateTime.class);
		return new OpenStep(rs.getString("code"), rs.getString("procedure_code"), rs.getString("name"),
				rs.getString("agency_code"), rs.getString("department"), rs.getString("assignee"),
				due == null ? null : due.toInstant());
	}

}
