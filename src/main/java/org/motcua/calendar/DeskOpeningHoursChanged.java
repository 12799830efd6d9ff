package org.motcua.calendar;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** The desks' opening hours (not working time) were changed: {@code change} says how. */
public record DeskOpeningHoursChanged(String change, Origin origin) implements Audited {

	@Override
	public String action() {
		return "calendar.desk-hours-changed";
	}

	@Override
	public String subjectType() {
		return "calendar";
	}

	@Override
	public String subjectId() {
		return "desk-hours";
	}

	@Override
	public String summary() {
		return change;
	}

}
