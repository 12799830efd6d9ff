package org.motcua.statistics;

import java.util.function.Predicate;

/**
 * The counts of the roll-ups by day of receipt ({@code stat_daily},
 * {@code stat_daily_agency}), each defined once: as an SQL condition on a row, which the
 * rebuild sums over a group, and as the same condition in Java, which gives what one row
 * adds to its group when an event changes it. A received row counts in every column whose
 * condition it meets.
 */
enum ReceiptColumn implements CountColumn {

	RECEIVED("received", CountedDossier::received),

	COUNTER("channel = 'COUNTER'", r -> "COUNTER".equals(r.channel())),

	ONLINE("channel = 'ONLINE'", r -> "ONLINE".equals(r.channel())),

	POST("channel = 'POST'", r -> "POST".equals(r.channel())),

	RESOLVED("resolved", CountedDossier::resolved),

	EARLY("outcome = 'EARLY'", r -> "EARLY".equals(r.outcome())),

	ON_TIME("outcome = 'ON_TIME'", r -> "ON_TIME".equals(r.outcome())),

	LATE("outcome = 'LATE'", r -> "LATE".equals(r.outcome())),

	IN_PROCESS("open_now", CountedDossier::openNow),

	STOPPED("status = 'STOPPED'", r -> "STOPPED".equals(r.status())),

	WITHDRAWN("status = 'WITHDRAWN'", r -> "WITHDRAWN".equals(r.status())),

	DIGITIZED("papers_digitized > 0", r -> r.papersDigitized() > 0),

	FULLY_DIGITIZED("papers > 0 AND papers_digitized = papers AND (result_electronic OR NOT paper_result)",
			r -> r.papers() > 0 && r.papersDigitized() == r.papers() && (r.resultElectronic() || !r.paperResult())),

	RESULT_DIGITIZED("resolved AND (result_electronic OR NOT paper_result)",
			r -> r.resolved() && (r.resultElectronic() || !r.paperResult())),

	REUSED("papers_reused > 0", r -> r.papersReused() > 0),

	VERIFIED("applicant_verified", CountedDossier::applicantVerified),

	RATED("rating IS NOT NULL", r -> r.rating() != null),

	SATISFIED("rating >= 4", r -> r.rating() != null && r.rating() >= 4),

	LOW_RATED("rating <= 2", r -> r.rating() != null && r.rating() <= 2),

	ELIGIBLE_FULL("full_online_eligible", CountedDossier::fullOnlineEligible),

	FULL_ONLINE("full_online_eligible AND channel = 'ONLINE'",
			r -> r.fullOnlineEligible() && "ONLINE".equals(r.channel()));

	/** The columns, in table order, as an SQL list. */
	static final String NAMES = CountColumn.names(values());

	/** The columns summed over the rows of a group, in the order of {@link #NAMES}. */
	static final String SUMS = CountColumn.sums(values());

	private final String condition;

	private final Predicate<CountedDossier> counts;

	ReceiptColumn(String condition, Predicate<CountedDossier> counts) {
		this.condition = condition;
		this.counts = counts;
	}

	@Override
	public String condition() {
		return this.condition;
	}

	@Override
	public boolean counts(CountedDossier row) {
		return this.counts.test(row);
	}

	/** What the row adds to each column of its group, in the order of {@link #NAMES}. */
	static long[] of(CountedDossier row) {
		return CountColumn.of(values(), row);
	}

}
