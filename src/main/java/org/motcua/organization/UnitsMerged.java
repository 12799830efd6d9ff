package org.motcua.organization;

import java.time.LocalDate;
import java.util.List;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;
import org.motcua.shared.UnitCode;

/** Several units were merged into a new one on a date. */
public record UnitsMerged(List<UnitCode> predecessors, UnitCode successor, LocalDate on,
		Origin origin) implements Audited {

	@Override
	public String action() {
		return "unit.merged";
	}

	@Override
	public String subjectType() {
		return "unit";
	}

	@Override
	public String subjectId() {
		return successor.value();
	}

	@Override
	public String summary() {
		return predecessors + " → " + successor + " on " + on;
	}

}
