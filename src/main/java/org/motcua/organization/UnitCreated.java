package org.motcua.organization;

import java.time.LocalDate;

import org.motcua.shared.Audited;
import org.motcua.shared.Level;
import org.motcua.shared.Origin;
import org.motcua.shared.UnitCode;

/** A new administrative unit was created. */
public record UnitCreated(UnitCode code, String name, Level level, UnitCode parent, LocalDate validFrom,
		LocalDate validTo, Origin origin) implements Audited {

	@Override
	public String action() {
		return "unit.created";
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
		return name + " (" + level + ", " + validFrom + " – " + (validTo == null ? "" : validTo) + ")";
	}

}
