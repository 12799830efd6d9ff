package org.motcua.catalog;

import java.time.LocalDate;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** The published version of a procedure was withdrawn from the public. */
public record ProcedureWithdrawn(String code, int version, LocalDate withdrawnOn, Origin origin) implements Audited {

	@Override
	public String action() {
		return "procedure.withdrawn";
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
		return "v" + version + " on " + withdrawnOn;
	}

}
