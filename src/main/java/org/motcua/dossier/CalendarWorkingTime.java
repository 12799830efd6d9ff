package org.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.motcua.calendar.TimeLimit;
import org.motcua.calendar.WorkingCalendar;

import org.springframework.stereotype.Component;

/** The dossier's clock on the province's working calendar. */
@Component
class CalendarWorkingTime implements WorkingTimeRules {

	private final WorkingCalendar calendar;

	CalendarWorkingTime(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public Instant dueAt(Instant start, TimeLimit limit) {
		return this.calendar.dueAt(start, limit);
	}

	@Override
	public Instant addWorkingTime(Instant start, Duration workingTime) {
		return this.calendar.addWorkingTime(start, workingTime);
	}

	@Override
	public Duration workingTimeBetween(Instant from, Instant to) {
		return this.calendar.workingTimeBetween(from, to);
	}

	@Override
	public Instant clockStart(Instant received) {
		return this.calendar.clockStart(received);
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return this.calendar.isWorkingDay(date);
	}

	@Override
	public ZoneId zone() {
		return this.calendar.zone();
	}

}
