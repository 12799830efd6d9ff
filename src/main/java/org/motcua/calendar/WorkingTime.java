package org.motcua.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deadline arithmetic on one immutable set of {@link CalendarRules}, to the second. Each
 * year's {@link YearTimeline} is built on first use and kept, so a computation is a few
 * binary searches. Pure: no Spring, no clock (callers pass the current instant where a
 * pause is open).
 */
final class WorkingTime {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2999;

	private final CalendarRules rules;

	private final ConcurrentHashMap<Integer, YearTimeline> years = new ConcurrentHashMap<>();

	private volatile YearTimeline last;

	WorkingTime(CalendarRules rules) {
		this.rules = rules;
	}

	CalendarRules rules() {
		return this.rules;
	}

	ZoneId zone() {
		return this.rules.zone();
	}

	YearTimeline year(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new IllegalArgumentException("Outside the calendar (" + FIRST_YEAR + "-" + LAST_YEAR + "): " + year);
		}
		YearTimeline timeline = this.years.get(year);
		return (timeline != null) ? timeline : this.years.computeIfAbsent(year, y -> YearTimeline.build(y, this.rules));
	}

	private YearTimeline yearOf(long second) {
		YearTimeline timeline = this.last;
		if (timeline != null && timeline.contains(second)) {
			return timeline;
		}
		timeline = year(Instant.ofEpochSecond(second).atZone(zone()).getYear());
		this.last = timeline;
		return timeline;
	}

	/**
	 * The earliest instant by which {@code work} working time has elapsed since start.
	 */
	Instant add(Instant start, Duration work) {
		if (work.isNegative()) {
			throw new IllegalArgumentException("Working time to add is not negative: " + work);
		}
		return Instant.ofEpochSecond(addSeconds(start.getEpochSecond(), work.getSeconds()));
	}

	long addSeconds(long start, long work) {
		if (work == 0) {
			return start;
		}
		YearTimeline timeline = yearOf(start);
		long target = timeline.position(start) + work;
		while (target > timeline.total()) {
			target -= timeline.total();
			timeline = year(timeline.year + 1);
		}
		return timeline.instantAt(target);
	}

	/** Working time from a to b; negative when b is before a. */
	Duration between(Instant a, Instant b) {
		return Duration.ofSeconds(secondsBetween(a.getEpochSecond(), b.getEpochSecond()));
	}

	long secondsBetween(long a, long b) {
		if (b < a) {
			return -secondsBetween(b, a);
		}
		YearTimeline from = yearOf(a);
		YearTimeline to = yearOf(b);
		if (from.year == to.year) {
			return to.position(b) - from.position(a);
		}
		long sum = from.total() - from.position(a);
		for (int y = from.year + 1; y < to.year; y++) {
			sum += year(y).total();
		}
		return sum + to.position(b);
	}

	/** The instant itself if it is working time, else the next opening. */
	Instant nextWorking(Instant instant) {
		return Instant.ofEpochSecond(nextWorkingSecond(instant.getEpochSecond()));
	}

	long nextWorkingSecond(long second) {
		YearTimeline timeline = yearOf(second);
		long next = timeline.nextWorking(second);
		while (next < 0) {
			timeline = year(timeline.year + 1);
			next = timeline.nextWorking(timeline.start);
		}
		return next;
	}

	boolean isWorkingDay(LocalDate date) {
		return !this.rules.periodsOn(date).isEmpty();
	}

	/**
	 * The due instant of a limit, exact to the minute: the start (and the pauses) are
	 * taken to their minute; the clock starts at the start if it is working time, else at
	 * the next opening. Working-day (8 hours each) and working-hour limits add working
	 * time; calendar-day limits add 24 hours a day and, when that lands on a date without
	 * working hours, move to the same clock time on the next working day (ADR 002). Each
	 * pause after the clock started adds back its length: its working time for working
	 * limits, its calendar time for calendar-day limits.
	 */
	Instant dueAt(Instant start, TimeLimit limit, List<Pause> pauses, Instant now) {
		long begin = nextWorkingSecond(minute(start.getEpochSecond()));
		long limitSeconds = minutes(limit) * 60;
		List<long[]> paused = clip(pauses, begin, now);
		if (limit.unit() != LimitUnit.CALENDAR_DAYS) {
			long work = limitSeconds;
			for (long[] pause : paused) {
				work += secondsBetween(pause[0], pause[1]);
			}
			return Instant.ofEpochSecond(addSeconds(begin, work));
		}
		long due = begin + limitSeconds;
		for (long[] pause : paused) {
			due += pause[1] - pause[0];
		}
		ZonedDateTime local = Instant.ofEpochSecond(due).atZone(zone());
		LocalDate date = local.toLocalDate();
		while (!isWorkingDay(date)) {
			date = date.plusDays(1);
			if (date.getYear() > LAST_YEAR) {
				throw new IllegalArgumentException("No working day left in the calendar");
			}
		}
		return date.atTime(local.toLocalTime()).atZone(zone()).toInstant();
	}

	static long minutes(TimeLimit limit) {
		int perUnit = switch (limit.unit()) {
			case WORKING_DAYS -> 8 * 60;
			case WORKING_HOURS -> 60;
			case CALENDAR_DAYS -> 24 * 60;
		};
		return limit.amount().multiply(BigDecimal.valueOf(perUnit)).longValueExact();
	}

	private static long minute(long second) {
		return second - Math.floorMod(second, 60);
	}

	/** The pauses from begin on, to the minute, merged where they overlap. */
	private static List<long[]> clip(List<Pause> pauses, long begin, Instant now) {
		if (pauses.isEmpty()) {
			return List.of();
		}
		List<long[]> clipped = new ArrayList<>();
		for (Pause pause : pauses) {
			long from = Math.max(begin, minute(pause.from().getEpochSecond()));
			long to = minute(((pause.to() != null) ? pause.to() : now).getEpochSecond());
			if (to > from) {
				clipped.add(new long[] { from, to });
			}
		}
		clipped.sort(Comparator.comparingLong(p -> p[0]));
		List<long[]> merged = new ArrayList<>();
		for (long[] pause : clipped) {
			long[] previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (previous != null && pause[0] <= previous[1]) {
				previous[1] = Math.max(previous[1], pause[1]);
			}
			else {
				merged.add(pause);
			}
		}
		return merged;
	}

}
