package org.motcua.organization;

import java.time.LocalDate;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** An agency was renamed or given an end date. */
public record AgencyChanged(AgencyCode code, String name, LocalDate validTo, Origin origin) implements Audited {

	@Override
	public String action() {
		return "agency.changed";
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
		return name + (validTo == null ? "" : ", until " + validTo);
	}

}
