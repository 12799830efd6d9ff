package org.motcua.calendar;

import java.util.List;

/**
 * One year of the working calendar as stored: its weekday hours, its holidays and make-up
 * days by date, and the source of its schedule (empty when no schedule was loaded or
 * accepted for the year: then it has weekday hours and no holidays).
 */
public record CalendarYear(int year, WeekHours hours, List<CalendarDay> days, String source) {

	public boolean hasSchedule() {
		return this.source != null;
	}

	public List<CalendarDay> holidays() {
		return this.days.stream().filter(day -> day.kind() == DayKind.HOLIDAY).toList();
	}

	public List<CalendarDay> makeUpDays() {
		return this.days.stream().filter(day -> day.kind() == DayKind.MAKE_UP).toList();
	}

}
