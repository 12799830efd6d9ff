package org.motcua.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The national holiday data shipped with motcua ({@code calendar/holidays-vn.json}): per
 * announced year, its source and every day off and make-up working day.
 */
record HolidayData(String country, String about, List<Schedule> schedules) {

	static final String RESOURCE = "calendar/holidays-vn.json";

	/**
	 * One year's announced schedule; its days may start in the year before (New Year).
	 */
	record Schedule(int year, String source, List<Entry> days) {

		List<CalendarDay> calendarDays() {
			return this.days.stream()
				.map(entry -> new CalendarDay(entry.date(), entry.kind(), entry.name(), this.source))
				.toList();
		}

	}

	record Entry(LocalDate date, DayKind kind, String name) {
	}

	/** Reads the shipped file from the class path. */
	static HolidayData shipped() {
		try (InputStream in = HolidayData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return JsonMapper.builder().build().readValue(in, HolidayData.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<CalendarDay> allDays() {
		return this.schedules.stream().flatMap(s -> s.calendarDays().stream()).toList();
	}

}
