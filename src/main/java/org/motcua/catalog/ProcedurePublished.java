package org.motcua.catalog;

import java.time.LocalDate;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** A version of a procedure was published; the public sees it from now on. */
public record ProcedurePublished(String code, int version, LocalDate effectiveFrom, Origin origin) implements Audited {

	@Override
	public String action() {
		return "procedure.published";
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
		return "v" + version + " from " + effectiveFrom;
	}

}
