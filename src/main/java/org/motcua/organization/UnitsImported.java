package org.motcua.organization;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** Units were imported from a CSV file, all in one transaction. */
public record UnitsImported(int count, Origin origin) implements Audited {

	@Override
	public String action() {
		return "unit.imported";
	}

	@Override
	public String subjectType() {
		return "unit";
	}

	@Override
	public String subjectId() {
		return "import";
	}

	@Override
	public String summary() {
		return count + " units";
	}

}
