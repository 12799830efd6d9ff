package org.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The working hours of each weekday of a year: the periods that count on the clock. A
 * make-up working day is worked with the hours of the first weekday, from Monday, that
 * has any ({@link #makeUpDay()}). Periods of a day never overlap.
 */
public record WeekHours(Map<DayOfWeek, List<WorkingPeriod>> periods) {

	/** 07:00–11:30 and 13:30–17:00, Monday to Friday: the default of every year. */
	public static final WeekHours STANDARD = standard();

	public WeekHours {
		EnumMap<DayOfWeek, List<WorkingPeriod>> copy = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			List<WorkingPeriod> list = new ArrayList<>(periods.getOrDefault(day, List.of()));
			list.sort(Comparator.comparing(WorkingPeriod::opens));
			for (int i = 1; i < list.size(); i++) {
				if (list.get(i).opens().isBefore(list.get(i - 1).closes())) {
					throw new IllegalArgumentException("Working periods overlap on " + day + ": " + list);
				}
			}
			copy.put(day, List.copyOf(list));
		}
		periods = java.util.Collections.unmodifiableMap(copy);
	}

	private static WeekHours standard() {
		List<WorkingPeriod> day = List.of(new WorkingPeriod(LocalTime.of(7, 0), LocalTime.of(11, 30)),
				new WorkingPeriod(LocalTime.of(13, 30), LocalTime.of(17, 0)));
		Map<DayOfWeek, List<WorkingPeriod>> map = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek d : Arrays.copyOfRange(DayOfWeek.values(), 0, 5)) {
			map.put(d, day);
		}
		return new WeekHours(map);
	}

	/** The periods of a weekday, by opening time (empty on a day off). */
	public List<WorkingPeriod> on(DayOfWeek day) {
		return this.periods.get(day);
	}

	/** The hours a make-up working day is worked with. */
	public List<WorkingPeriod> makeUpDay() {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (!on(day).isEmpty()) {
				return on(day);
			}
		}
		return List.of();
	}

	/** Formats a day's periods as {@code 07:00-11:30, 13:30-17:00}. */
	public String format(DayOfWeek day) {
		return on(day).stream().map(WorkingPeriod::toString).collect(Collectors.joining(", "));
	}

	/** Parses one day's periods from {@code 07:00-11:30, 13:30-17:00} (blank: none). */
	static List<WorkingPeriod> parseDay(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;]")).filter(s -> !s.isBlank()).map(WorkingPeriod::parse).toList();
	}

}
