package org.motcua.catalog;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** A draft version of a procedure was created or changed. */
public record ProcedureDrafted(String code, int version, String name, Origin origin) implements Audited {

	@Override
	public String action() {
		return "procedure.drafted";
	}

	@Override
	public String subjectType() {
		return "procedure";
	}

	@Override
	public String subjectId() {
		return this.code;
	}

	@Override
	public String summary() {
		return "v" + version + " " + name;
	}

}
