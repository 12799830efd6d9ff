package org.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.motcua.calendar.TimeLimit;

/**
 * The statutory clock as the dossier needs it: the working calendar's arithmetic. In
 * production an adapter over the calendar module; in unit tests the standard week.
 */
public interface WorkingTimeRules {

	/** The due instant of a limit started at {@code start} (ADR 002). */
	Instant dueAt(Instant start, TimeLimit limit);

	/** The earliest instant by which this much working time has elapsed since start. */
	Instant addWorkingTime(Instant start, Duration workingTime);

	/** Working time between two instants. */
	Duration workingTimeBetween(Instant from, Instant to);

	/** When the clock starts for something received at this instant. */
	Instant clockStart(Instant received);

	/** Whether the date has working hours. */
	boolean isWorkingDay(LocalDate date);

	/** The zone dates are read in. */
	ZoneId zone();

}
