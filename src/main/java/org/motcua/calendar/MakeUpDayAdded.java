package org.motcua.calendar;

import java.time.LocalDate;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** A make-up working day was added to the working calendar. */
public record MakeUpDayAdded(LocalDate date, String name, String source, Origin origin) implements Audited {

	@Override
	public String action() {
		return "calendar.make-up-day.added";
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
