package org.motcua.dossier;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.motcua.calendar.LimitUnit;
import org.motcua.calendar.TimeLimit;

/**
 * The standard week for plain unit tests: Monday to Friday 07:00–11:30 and 13:30–17:00 in
 * Asia/Ho_Chi_Minh, the 2024 holidays of DOMAIN.md (30 Dec 2023–1 Jan, 8–14 Feb, 18 Apr,
 * 27 Apr–1 May) and the make-up Saturday 4 May 2024. Rules as in ADR 002.
 */
final class StandardWeek implements WorkingTimeRules {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2023, 12, 30), LocalDate.of(2023, 12, 31),
			LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 10),
			LocalDate.of(2024, 2, 11), LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 14),
			LocalDate.of(2024, 4, 18), LocalDate.of(2024, 4, 27), LocalDate.of(2024, 4, 28), LocalDate.of(2024, 4, 29),
			LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1));

	private static final Set<LocalDate> MAKE_UP = Set.of(LocalDate.of(2024, 5, 4));

	private static final LocalTime[][] PERIODS = { { LocalTime.of(7, 0), LocalTime.of(11, 30) },
			{ LocalTime.of(13, 30), LocalTime.of(17, 0) } };

	@Override
	public boolean isWorkingDay(LocalDate date) {
		if (MAKE_UP.contains(date)) {
			return true;
		}
		return !HOLIDAYS.contains(date) && date.getDayOfWeek() != DayOfWeek.SATURDAY
				&& date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	@Override
	public Instant clockStart(Instant received) {
		Instant t = received.truncatedTo(ChronoUnit.MINUTES);
		return addWorkingTime(t, Duration.ofSeconds(1)).minusSeconds(1);
	}

	@Override
	public Instant addWorkingTime(Instant start, Duration workingTime) {
		if (workingTime.isNegative()) {
			throw new IllegalArgumentException("negative");
		}
		if (workingTime.isZero()) {
			return start;
		}
		Duration remaining = workingTime;
		LocalDate day = start.atZone(ZONE).toLocalDate();
		for (int i = 0; i < 3660; i++, day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			for (LocalTime[] period : PERIODS) {
				Instant from = ZonedDateTime.of(day, period[0], ZONE).toInstant();
				Instant to = ZonedDateTime.of(day, period[1], ZONE).toInstant();
				if (!to.isAfter(start)) {
					continue;
				}
				Instant s = from.isAfter(start) ? from : start;
				Duration available = Duration.between(s, to);
				if (remaining.compareTo(available) <= 0) {
					return s.plus(remaining);
				}
				remaining = remaining.minus(available);
			}
		}
		throw new IllegalStateException("beyond ten years");
	}

	@Override
	public Duration workingTimeBetween(Instant from, Instant to) {
		if (to.isBefore(from)) {
			return workingTimeBetween(to, from).negated();
		}
		Duration total = Duration.ZERO;
		for (LocalDate day = from.atZone(ZONE).toLocalDate(); !day.isAfter(to.atZone(ZONE).toLocalDate()); day = day
			.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			for (LocalTime[] period : PERIODS) {
				Instant s = max(ZonedDateTime.of(day, period[0], ZONE).toInstant(), from);
				Instant e = min(ZonedDateTime.of(day, period[1], ZONE).toInstant(), to);
				if (e.isAfter(s)) {
					total = total.plus(Duration.between(s, e));
				}
			}
		}
		return total;
	}

	@Override
	public Instant dueAt(Instant start, TimeLimit limit) {
		Instant begin = clockStart(start);
		if (limit.unit() == LimitUnit.CALENDAR_DAYS) {
			ZonedDateTime due = begin.plusSeconds(limit.hours().longValue() * 3600).atZone(ZONE);
			while (!isWorkingDay(due.toLocalDate())) {
				due = due.plusDays(1);
			}
			return due.toInstant();
		}
		return addWorkingTime(begin,
				Duration.ofMinutes(limit.hours().multiply(java.math.BigDecimal.valueOf(60)).longValue()));
	}

	@Override
	public ZoneId zone() {
		return ZONE;
	}

	static Instant at(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
