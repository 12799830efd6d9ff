package org.motcua.statistics;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The counts of the roll-ups by day of ending ({@code stat_daily_ended},
 * {@code stat_daily_ended_agency}): how many ended that day, and of them resolved
 * (finished or withdrawn), stopped and withdrawn. Each defined once, in SQL for the
 * rebuild and in Java for the difference an event makes (see {@link ReceiptColumn}).
 */
enum EndingColumn {

	ENDED("ended_on IS NOT NULL", r -> r.endedOn() != null),

	RESOLVED("resolved", CountedDossier::resolved),

	STOPPED("status = 'STOPPED'", r -> "STOPPED".equals(r.status())),

	WITHDRAWN("status = 'WITHDRAWN'", r -> "WITHDRAWN".equals(r.status()));

	/** The columns, in table order, as an SQL list. */
	static final String NAMES = Arrays.stream(values()).map(c -> c.column).collect(Collectors.joining(", "));

	/** The columns summed over the rows of a group, in the order of {@link #NAMES}. */
	static final String SUMS = Arrays.stream(values())
		.map(c -> "SUM(CASE WHEN " + c.condition + " THEN 1 ELSE 0 END)")
		.collect(Collectors.joining(", "));

	final String column = name().toLowerCase(Locale.ROOT);

	private final String condition;

	private final Predicate<CountedDossier> counts;

	EndingColumn(String condition, Predicate<CountedDossier> counts) {
		this.condition = condition;
		this.counts = counts;
	}

	/** What the row adds to each column of its group, in the order of {@link #NAMES}. */
	static long[] of(CountedDossier row) {
		EndingColumn[] columns = values();
		long[] counts = new long[columns.length];
		for (int i = 0; i < columns.length; i++) {
			counts[i] = columns[i].counts.test(row) ? 1 : 0;
		}
		return counts;
	}

}
