package org.motcua.statistics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A count of a roll-up table: its column, the condition a row of {@code stat_dossier}
 * meets to count in it, in SQL (for the rebuild's {@code GROUP BY}) and in Java (for the
 * difference an event makes). Implemented by the enums of each table's counts.
 */
interface CountColumn {

	/** The enum constant's name, as every count's column is named. */
	String name();

	/** The condition, in SQL over {@code stat_dossier}. */
	String condition();

	/** The condition, in Java. */
	boolean counts(CountedDossier row);

	/** The columns, in table order, as an SQL list. */
	static String names(CountColumn[] columns) {
		return Arrays.stream(columns).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
	}

	/** The columns summed over the rows of a group, in the order of {@link #names}. */
	static String sums(CountColumn[] columns) {
		return Arrays.stream(columns)
			.map(c -> "SUM(CASE WHEN " + c.condition() + " THEN 1 ELSE 0 END)")
			.collect(Collectors.joining(", "));
	}

	/** What the row adds to each column of its group, in the order of {@link #names}. */
	static long[] of(CountColumn[] columns, CountedDossier row) {
		long[] counts = new long[columns.length];
		for (int i = 0; i < columns.length; i++) {
			counts[i] = columns[i].counts(row) ? 1 : 0;
		}
		return counts;
	}

}
