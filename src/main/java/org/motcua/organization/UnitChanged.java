package org.motcua.organization;

import java.time.LocalDate;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;
import org.motcua.shared.UnitCode;

/** An administrative unit was renamed, ended, or given a successor. */
public record UnitChanged(UnitCode code, String name, LocalDate validTo, UnitCode successor,
		Origin origin) implements Audited {

	@Override
	public String action() {
		return "unit.changed";
	}

	@Override
	public String subjectType() {
		return "unit";
	}

	@Override
	public String subjectId() {
		return code.value();
	}

	@Override
	public String summary() {
		return name + (validTo == null ? "" : ", until " + validTo)
				+ (successor == null ? "" : ", successor " + successor);
	}

}
