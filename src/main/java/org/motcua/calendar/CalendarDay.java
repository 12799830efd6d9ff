package org.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated entry of the working calendar: a holiday or a make-up working day, with its
 * name and where it comes from (an announcement, or a proposal accepted by the
 * administrator).
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, String source) {

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
	}

}
