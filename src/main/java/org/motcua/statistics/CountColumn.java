package org.motcua.statistics;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A count of a roll-up table, defined once: its column, the condition a row of
 * {@code stat_dossier} meets to count in it in SQL (which the rebuild sums over a group),
 * and the same condition in Java (which gives what one row adds to its group when an
 * event changes it). A received row counts in every column whose condition it meets.
 *
 * @param column the column's name, in the roll-up tables
 * @param condition the condition, in SQL over {@code stat_dossier}
 * @param test the condition, in Java
 */
record CountColumn(String column, String condition, Predicate<CountedDossier> test) {

	/**
	 * The counts of the roll-ups by day of receipt ({@code stat_daily},
	 * {@code stat_daily_agency}), in table order.
	 */
	static final List<CountColumn> RECEIPT = List.of(new CountColumn("received", "received", CountedDossier::received),
			new CountColumn("counter", "channel = 'COUNTER'", r -> "COUNTER".equals(r.channel())),
			new CountColumn("online", "channel = 'ONLINE'", r -> "ONLINE".equals(r.channel())),
			new CountColumn("post", "channel = 'POST'", r -> "POST".equals(r.channel())),
			new CountColumn("resolved", "resolved", CountedDossier::resolved),
			new CountColumn("early", "outcome = 'EARLY'", r -> "EARLY".equals(r.outcome())),
			new CountColumn("on_time", "outcome = 'ON_TIME'", r -> "ON_TIME".equals(r.outcome())),
			new CountColumn("late", "outcome = 'LATE'", r -> "LATE".equals(r.outcome())),
			new CountColumn("in_process", "open_now", CountedDossier::openNow),
			new CountColumn("stopped", "status = 'STOPPED'", r -> "STOPPED".equals(r.status())),
			new CountColumn("withdrawn", "status = 'WITHDRAWN'", r -> "WITHDRAWN".equals(r.status())),
			new CountColumn("digitized", "papers_digitized > 0", r -> r.papersDigitized() > 0),
			new CountColumn("fully_digitized",
					"papers > 0 AND papers_digitized = papers AND (result_electronic OR NOT paper_result)",
					r -> r.papers() > 0 && r.papersDigitized() == r.papers()
							&& (r.resultElectronic() || !r.paperResult())),
			new CountColumn("result_digitized", "resolved AND (result_electronic OR NOT paper_result)",
					r -> r.resolved() && (r.resultElectronic() || !r.paperResult())),
			new CountColumn("reused", "papers_reused > 0", r -> r.papersReused() > 0),
			new CountColumn("verified", "applicant_verified", CountedDossier::applicantVerified),
			new CountColumn("rated", "rating IS NOT NULL", r -> r.rating() != null),
			new CountColumn("satisfied", "rating >= 4", r -> r.rating() != null && r.rating() >= 4),
			new CountColumn("low_rated", "rating <= 2", r -> r.rating() != null && r.rating() <= 2),
			new CountColumn("eligible_full", "full_online_eligible", CountedDossier::fullOnlineEligible),
			new CountColumn("full_online", "full_online_eligible AND channel = 'ONLINE'",
					r -> r.fullOnlineEligible() && "ONLINE".equals(r.channel())));

	/**
	 * The counts of the roll-ups by day of ending ({@code stat_daily_ended},
	 * {@code stat_daily_ended_agency}), in table order: how many ended that day, and of
	 * them resolved (finished or withdrawn), stopped and withdrawn.
	 */
	static final List<CountColumn> ENDING = List.of(
			new CountColumn("ended", "ended_on IS NOT NULL", r -> r.endedOn() != null),
			new CountColumn("resolved", "resolved", CountedDossier::resolved),
			new CountColumn("stopped", "status = 'STOPPED'", r -> "STOPPED".equals(r.status())),
			new CountColumn("withdrawn", "status = 'WITHDRAWN'", r -> "WITHDRAWN".equals(r.status())));

	/** The columns, in table order, as an SQL list. */
	static String names(List<CountColumn> columns) {
		return columns.stream().map(CountColumn::column).collect(Collectors.joining(", "));
	}

	/** The columns summed over the rows of a group, in the order of {@link #names}. */
	static String sums(List<CountColumn> columns) {
		return columns.stream()
			.map(c -> "SUM(CASE WHEN " + c.condition() + " THEN 1 ELSE 0 END)")
			.collect(Collectors.joining(", "));
	}

	/** What the row adds to each column of its group, in the order of {@link #names}. */
	static long[] of(List<CountColumn> columns, CountedDossier row) {
		long[] counts = new long[columns.size()];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = columns.get(i).test().test(row) ? 1 : 0;
		}
		return counts;
	}

}
