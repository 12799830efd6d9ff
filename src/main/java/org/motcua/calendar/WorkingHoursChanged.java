package org.motcua.calendar;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/**
 * A year's weekday working hours were changed; {@code hours} as set, e.g. {@code MONDAY
 * 07:00-11:30, 13:30-17:00; ...}.
 */
public record WorkingHoursChanged(int year, String hours, Origin origin) implements Audited {

	@Override
	public String action() {
		return "calendar.working-hours-changed";
	}

	@Override
	public String subjectType() {
		return "calendar";
	}

	@Override
	public String subjectId() {
		return Integer.toString(year);
	}

	@Override
	public String summary() {
		return hours;
	}

}
