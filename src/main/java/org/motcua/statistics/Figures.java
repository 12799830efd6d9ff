package org.motcua.statistics;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the figures of a cut: sums of the daily roll-ups (the cohort of the dossiers
 * received in the period), overdue dossiers and the dossiers behind a number from the
 * rows, and the flow of a period.
 */
@Repository
class Figures {

	/** How roll-ups may be grouped, each an SQL expression both databases understand. */
	enum By {

		UNIT("unit"), LEVEL("level"), AGENCY("agency"), PROCEDURE("procedure_code"), FIELD("field"),
		MONTH("CAST(EXTRACT(YEAR FROM received_on) * 100 + EXTRACT(MONTH FROM received_on) AS INTEGER)");

		final String expression;

		By(String expression) {
			this.expression = expression;
		}

	}

	private final JdbcClient jdbc;

	Figures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The units dossiers were filed under. */
	List<String> filedUnits() {
		return this.jdbc.sql("SELECT DISTINCT unit FROM stat_daily_agency").query(String.class).list();
	}

	/** The smaller roll-up when the cut and grouping allow it. */
	private static String table(IndicatorQuery query, By by) {
		boolean perProcedure = query.procedure() != null || query.field() != null || by == By.PROCEDURE
				|| by == By.FIELD;
		return perProcedure ? "stat_daily" : "stat_daily_agency";
	}

	Tally tally(IndicatorQuery query, Optional<Set<String>> units) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, units, params);
		return this.jdbc.sql("SELECT " + Tally.SUMS + " FROM " + table(query, null) + " WHERE " + where)
			.params(params)
			.query((rs, n) -> Tally.read(rs, null, 1))
			.single();
	}

	List<Tally> tallies(IndicatorQuery query, Optional<Set<String>> units, By by) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, units, params);
		return this.jdbc
			.sql("SELECT " + by.expression + " AS k, " + Tally.SUMS + " FROM " + table(query, by) + " WHERE " + where
					+ " GROUP BY " + by.expression + " ORDER BY 1")
			.params(params)
			.query((rs, n) -> Tally.read(rs, rs.getString(1), 2))
			.list();
	}

	/**
	 * The dossiers of the cut still running at {@code now} past their due instant (not
	 * those waiting for the applicant, whose clock stands still).
	 */
	long overdue(IndicatorQuery query, Optional<Set<String>> units, Instant now) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, units, params);
		params.put("now", CountedDossiers.time(now));
		return this.jdbc
			.sql("SELECT COUNT(*) FROM stat_dossier WHERE open_now AND " + where
					+ " AND due_at < :now AND status NOT IN ('AWAITING_SUPPLEMENT', 'AWAITING_PAYMENT')")
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * The codes of the cut's received dossiers, most recent first, at most {@code limit}.
	 */
	List<String> codes(IndicatorQuery query, Optional<Set<String>> units, String condition, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, units, params);
		params.put("limit", limit);
		return this.jdbc
			.sql("SELECT code FROM stat_dossier WHERE received AND " + where + " AND " + condition
					+ " ORDER BY received_at DESC, code LIMIT :limit")
			.params(params)
			.query(String.class)
			.list();
	}

	/**
	 * The flow of the period: dossiers carried over (received before it, still running at
	 * its start), received in it, resolved in it, ended otherwise in it (stopped), and
	 * still running at its end; carried over + received = resolved + stopped + running.
	 * Read from the roll-ups by day of receipt and by day of ending: carried over =
	 * received before the start − ended before the start; still running = received up to
	 * the end − ended up to the end.
	 */
	Flow flow(IndicatorQuery query, Optional<Set<String>> units) {
		boolean perProcedure = query.procedure() != null || query.field() != null;
		Map<String, Object> params = new HashMap<>();
		String scope = scope(query, units, params);
		params.put("start", query.from());
		params.put("to", query.to());
		long[] received = this.jdbc
			.sql("SELECT SUM(CASE WHEN received_on < :start THEN received ELSE 0 END),"
					+ " SUM(CASE WHEN received_on >= :start THEN received ELSE 0 END) FROM "
					+ (perProcedure ? "stat_daily" : "stat_daily_agency") + " WHERE received_on <= :to" + scope)
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		long[] ended = this.jdbc.sql("SELECT SUM(CASE WHEN ended_on < :start THEN ended ELSE 0 END),"
				+ " SUM(CASE WHEN ended_on >= :start THEN resolved ELSE 0 END),"
				+ " SUM(CASE WHEN ended_on >= :start THEN ended - resolved ELSE 0 END), SUM(ended) FROM "
				+ (perProcedure ? "stat_daily_ended" : "stat_daily_ended_agency") + " WHERE ended_on <= :to" + scope)
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
		return new Flow(received[0] - ended[0], received[1], ended[1], ended[2], received[0] + received[1] - ended[3]);
	}

	private static String where(IndicatorQuery query, Optional<Set<String>> units, Map<String, Object> params) {
		params.put("from", query.from());
		params.put("to", query.to());
		return "received_on >= :from AND received_on <= :to" + scope(query, units, params);
	}

	/** The part of the province the cut reads, as {@code AND} conditions (or nothing). */
	private static String scope(IndicatorQuery query, Optional<Set<String>> units, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (units.isPresent()) {
			if (units.get().isEmpty()) {
				where.append(" AND 1 = 0");
			}
			else {
				where.append(" AND unit IN (:units)");
				params.put("units", List.copyOf(units.get()));
			}
		}
		if (query.agency() != null) {
			where.append(" AND agency = :agency");
			params.put("agency", query.agency());
		}
		if (query.procedure() != null) {
			where.append(" AND procedure_code = :procedure");
			params.put("procedure", query.procedure());
		}
		if (query.field() != null) {
			where.append(" AND field = :field");
			params.put("field", query.field());
		}
		return where.toString();
	}

}
