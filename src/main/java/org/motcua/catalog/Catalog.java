package org.motcua.catalog;

import java.util.List;
import java.util.Optional;

import org.motcua.catalog.persistence.Procedures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules and the pages may read from the catalog of procedures. Every answer
 * is an immutable record; nothing here changes data.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

	private final Procedures procedures;

	Catalog(Procedures procedures) {
		this.procedures = procedures;
	}

	/** The version of a procedure the public sees now; empty if none is published. */
	public Optional<Procedure> findPublished(ProcedureCode code) {
		return this.procedures.findPublished(code);
	}

	/**
	 * One version of a procedure, whatever its status: a dossier pins {@code code} and
	 * {@code version} and reads it here for ever.
	 */
	public Optional<Procedure> findVersion(ProcedureCode code, int version) {
		return this.procedures.find(code, version);
	}

	/** A page of the published procedures matching {@code query}. */
	public ProcedurePage search(ProcedureQuery query) {
		return this.procedures.search(query, false);
	}

	/**
	 * A page of the latest version of every procedure (drafts and withdrawn ones
	 * included) matching {@code query}, for administrators.
	 */
	public ProcedurePage searchLatest(ProcedureQuery query) {
		return this.procedures.search(query, true);
	}

	/** The fields of the published procedures, by name. */
	public List<Field> fields() {
		return this.procedures.fields();
	}

	/** Every version of a procedure, oldest first; empty for an unknown code. */
	public List<Procedure> versions(ProcedureCode code) {
		return this.procedures.history(code);
	}

}
