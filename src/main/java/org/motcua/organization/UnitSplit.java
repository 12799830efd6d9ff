package org.motcua.organization;

import java.time.LocalDate;
import java.util.List;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;
import org.motcua.shared.UnitCode;

/** A unit was split into several new ones on a date. */
public record UnitSplit(UnitCode predecessor, List<UnitCode> successors, LocalDate on,
		Origin origin) implements Audited {

	@Override
	public String action() {
		return "unit.split";
	}

	@Override
	public String subjectType() {
		return "unit";
	}

	@Override
	public String subjectId() {
		return predecessor.value();
	}

	@Override
	public String summary() {
		return predecessor + " → " + successors + " on " + on;
	}

}
