package org.motcua.calendar;

/**
 * The unit a statutory time limit is given in. A working day is 8 working hours (common
 * practice; half a day is 4 hours).
 */
public enum LimitUnit {

	/** Working days of 8 working hours, on the working calendar. */
	WORKING_DAYS,

	/** Calendar days; a due date on a non-working day moves to the next working day. */
	CALENDAR_DAYS,

	/** Working hours, on the working calendar. */
	WORKING_HOURS

}
