package org.motcua.account;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The calendar rules of the duty roster: desks are staffed Monday to Saturday (Sunday is
 * refused), weeks are ISO weeks written {@code YYYY-Www}.
 */
final class RosterRules {

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	private RosterRules() {
	}

	/** The Monday of an ISO week such as {@code 2026-W48}; empty if it is not one. */
	static Optional<LocalDate> mondayOf(String week) {
		if (week == null) {
			return Optional.empty();
		}
		Matcher m = WEEK.matcher(week.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		int number = Integer.parseInt(m.group(2));
		try {
			LocalDate mid = LocalDate.of(year, 6, 1);
			if (number < 1 || number > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
				return Optional.empty();
			}
			return Optional.of(mid.with(IsoFields.WEEK_BASED_YEAR, year)
				.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** The ISO week of a date, e.g. {@code 2026-W48}. */
	static String weekOf(LocalDate date) {
		return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
				date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** Monday to Saturday of the week starting on {@code monday}. */
	static List<LocalDate> workingDays(LocalDate monday) {
		return IntStream.range(0, 6).mapToObj(monday::plusDays).toList();
	}

	static boolean isDutyDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
