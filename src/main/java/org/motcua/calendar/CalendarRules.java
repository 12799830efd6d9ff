package org.motcua.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data the clock runs on: the zone, each year's weekday hours (a year without its own
 * uses {@link WeekHours#STANDARD}), and the dated holidays and make-up days.
 */
record CalendarRules(ZoneId zone, Map<Integer, WeekHours> hours, Map<LocalDate, DayKind> days) {

	CalendarRules {
		hours = Map.copyOf(hours);
		days = Map.copyOf(days);
	}

	static CalendarRules of(ZoneId zone, Map<Integer, WeekHours> hours, Collection<CalendarDay> days) {
		Map<LocalDate, DayKind> kinds = new HashMap<>();
		days.forEach(day -> kinds.put(day.date(), day.kind()));
		return new CalendarRules(zone, hours, kinds);
	}

	WeekHours hoursOf(int year) {
		return this.hours.getOrDefault(year, WeekHours.STANDARD);
	}

	/**
	 * The working periods of a date: none on a holiday, weekday hours on a make-up day.
	 */
	List<WorkingPeriod> periodsOn(LocalDate date) {
		DayKind kind = this.days.get(date);
		if (kind == DayKind.HOLIDAY) {
			return List.of();
		}
		WeekHours week = hoursOf(date.getYear());
		return kind == DayKind.MAKE_UP ? week.makeUpDay() : week.on(date.getDayOfWeek());
	}

}
