package org.motcua.calendar;

import java.time.DayOfWeek;

/**
 * When desks receive people on a weekday (e.g. Saturday 07:30–11:30). Not working time:
 * nothing here counts on the clock.
 */
record DeskOpening(long id, DayOfWeek weekday, WorkingPeriod period, String note) {
}
