package org.motcua.organization;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** A department of an agency was renamed. */
public record DepartmentChanged(AgencyCode agency, String code, String name, Origin origin) implements Audited {

	@Override
	public String action() {
		return "department.changed";
	}

	@Override
	public String subjectType() {
		return "department";
	}

	@Override
	public String subjectId() {
		return agency.value() + "/" + code;
	}

	@Override
	public String summary() {
		return name;
	}

}
