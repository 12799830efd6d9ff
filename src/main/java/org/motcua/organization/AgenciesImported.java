package org.motcua.organization;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** Agencies were imported from a CSV file, all in one transaction. */
public record AgenciesImported(int count, Origin origin) implements Audited {

	@Override
	public String action() {
		return "agency.imported";
	}

	@Override
	public String subjectType() {
		return "agency";
	}

	@Override
	public String subjectId() {
		return "import";
	}

	@Override
	public String summary() {
		return count + " agencies";
	}

}
