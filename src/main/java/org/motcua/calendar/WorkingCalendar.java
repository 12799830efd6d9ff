package org.motcua.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.motcua.platform.PlatformProperties;

import org.springframework.stereotype.Service;

/**
 * The province's working calendar and deadline arithmetic on it: weekday working hours
 * per year, holidays (no working time) and make-up working days (weekday hours on a
 * Saturday or Sunday), in the installation's zone. Desk opening hours are not part of it.
 *
 * <p>
 * Every answer is exact to the second ({@link #dueAt} to the minute). The calendar is
 * built into per-year arrays once and cached; an edit here invalidates the cache at
 * commit, and another instance's edit is seen after at most
 * {@code motcua.calendar.version-check} (the {@code calendar_version} row is read at most
 * that often). Instants outside the years 1900–2999 are refused with
 * {@link IllegalArgumentException}.
 */
@Service
public class WorkingCalendar {

	private record Snapshot(long version, WorkingTime time, long checkedAt) {
	}

	private final CalendarEntries entries;

	private final ZoneId zone;

	private final CalendarProperties properties;

	private final Clock clock;

	private final long checkNanos;

	private volatile Snapshot snapshot;

	WorkingCalendar(CalendarEntries entries, PlatformProperties platform, CalendarProperties properties, Clock clock) {
		this.entries = entries;
		this.zone = platform.zone();
		this.properties = properties;
		this.clock = clock;
		this.checkNanos = properties.versionCheck().toNanos();
	}

	/**
	 * The due instant of a limit started at {@code start}, exact to the minute (the start
	 * is taken to its minute). A start outside working time begins at the next opening.
	 * Working days are 8 working hours each (0.5 = 4 hours), working hours are working
	 * time; the due instant is the earliest at which the limit has elapsed, so a limit
	 * that ends with a period is due at its closing (17:00), not the next opening.
	 * Calendar days are 24 hours each from the (normalised) start; if that lands on a
	 * date without working hours, the due instant is the same clock time on the next
	 * working day (ADR 002).
	 */
	public Instant dueAt(Instant start, TimeLimit limit) {
		return time().dueAt(start, limit, List.of(), null);
	}

	/**
	 * As {@link #dueAt(Instant, TimeLimit)}, pushed by the pauses (waiting for the
	 * applicant): each pause's length after the clock started is added back — its working
	 * time for working-day and working-hour limits, its calendar time for calendar-day
	 * limits. Overlapping pauses count once; an open pause (no end) lasts until now.
	 */
	public Instant dueAt(Instant start, TimeLimit limit, List<Pause> pauses) {
		return time().dueAt(start, limit, pauses, this.clock.instant());
	}

	/**
	 * The earliest instant by which {@code workingTime} of working time has elapsed since
	 * start (the start itself for zero), to the second. Refuses a negative duration.
	 */
	public Instant addWorkingTime(Instant start, Duration workingTime) {
		return time().add(start, workingTime);
	}

	/**
	 * The working time between two instants, to the second; negative if to is before
	 * from.
	 */
	public Duration workingTimeBetween(Instant from, Instant to) {
		return time().between(from, to);
	}

	/**
	 * When the clock starts for something received at this instant: it, or the next
	 * opening.
	 */
	public Instant clockStart(Instant received) {
		return time().nextWorking(received);
	}

	/**
	 * Whether the date has working hours (a weekday with hours, or a make-up day, not a
	 * holiday).
	 */
	public boolean isWorkingDay(LocalDate date) {
		return time().isWorkingDay(date);
	}

	/**
	 * The year as stored: hours, holidays and make-up days, and its schedule's source.
	 */
	public CalendarYear year(int year) {
		return new CalendarYear(year, this.entries.hours(year).orElse(WeekHours.STANDARD), this.entries.days(year),
				this.entries.schedule(year).orElse(null));
	}

	/** The zone the calendar's hours and dates are in. */
	public ZoneId zone() {
		return this.zone;
	}

	/** The 2-digit code of the province whose calendar this is. */
	public String province() {
		return this.properties.province();
	}

	/** Drops the cached calendar; the next computation reloads it. */
	void invalidate() {
		this.snapshot = null;
	}

	WorkingTime time() {
		Snapshot current = this.snapshot;
		long now = System.nanoTime();
		if (current != null && now - current.checkedAt() < this.checkNanos) {
			return current.time();
		}
		long version = this.entries.version();
		if (current != null && current.version() == version) {
			this.snapshot = new Snapshot(version, current.time(), now);
			return current.time();
		}
		WorkingTime time = new WorkingTime(CalendarRules.of(this.zone, this.entries.hours(), this.entries.days()));
		this.snapshot = new Snapshot(version, time, now);
		return time;
	}

}
