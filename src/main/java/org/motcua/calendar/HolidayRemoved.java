package org.motcua.calendar;

import java.time.LocalDate;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** A holiday was removed from the working calendar. */
public record HolidayRemoved(LocalDate date, String name, String source, Origin origin) implements Audited {

	@Override
	public String action() {
		return "calendar.holiday.removed";
	}

	@Override
	public String subjectType() {
		return "calendar";
	}

	@Override
	public String subjectId() {
		return date.toString();
	}

	@Override
	public String summary() {
		return name;
	}

}
