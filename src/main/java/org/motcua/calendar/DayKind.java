package org.motcua.calendar;

/** What a dated entry of the calendar does to the clock. */
public enum DayKind {

	/** A day off (public holiday, compensatory day, swapped day): no working time. */
	HOLIDAY,

	/** A Saturday or Sunday worked with weekday hours. */
	MAKE_UP

}
