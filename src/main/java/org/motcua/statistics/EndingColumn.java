package org.motcua.statistics;

import java.util.function.Predicate;

/**
 * The counts of the roll-ups by day of ending ({@code stat_daily_ended},
 * {@code stat_daily_ended_agency}): how many ended that day, and of them resolved
 * (finished or withdrawn), stopped and withdrawn. Each defined once, in SQL for the
 * rebuild and in Java for the difference an event makes (see {@link ReceiptColumn}).
 */
enum EndingColumn implements CountColumn {

	ENDED("ended_on IS NOT NULL", r -> r.endedOn() != null),

	RESOLVED("resolved", CountedDossier::resolved),

	STOPPED("status = 'STOPPED'", r -> "STOPPED".equals(r.status())),

	WITHDRAWN("status = 'WITHDRAWN'", r -> "WITHDRAWN".equals(r.status()));

	/** The columns, in table order, as an SQL list. */
	static final String NAMES = CountColumn.names(values());

	/** The columns summed over the rows of a group, in the order of {@link #NAMES}. */
	static final String SUMS = CountColumn.sums(values());

	private final String condition;

	private final Predicate<CountedDossier> counts;

	EndingColumn(String condition, Predicate<CountedDossier> counts) {
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
