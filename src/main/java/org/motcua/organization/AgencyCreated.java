package org.motcua.organization;

import java.time.LocalDate;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Audited;
import org.motcua.shared.Level;
import org.motcua.shared.Origin;
import org.motcua.shared.UnitCode;

/** A new agency was created. */
public record AgencyCreated(AgencyCode code, String name, Level level, UnitCode unit, LocalDate validFrom,
		LocalDate validTo, Origin origin) implements Audited {

	@Override
	public String action() {
		return "agency.created";
	}

	@Override
	public String subjectType() {
		return "agency";
	}

	@Override
	public String subjectId() {
		return code.value();
	}

	@Override
	public String summary() {
		return name + " (" + level + ", " + unit + ")";
	}

}
