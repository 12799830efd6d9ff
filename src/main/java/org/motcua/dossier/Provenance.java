package org.motcua.dossier;

/** How a submitted paper arrived (Circular 01/2023/TT-VPCP on digitization). */
public enum Provenance {

	/** Paper only, not digitized. */
	NOT_DIGITIZED,
	/** Digitized and signed at this intake. */
	DIGITIZED,
	/** Reused from a paper of another dossier. */
	REUSED_PAPER,
	/** Reused from the result of an earlier procedure. */
	REUSED_RESULT,
	/** Taken from the national data warehouse. */
	NATIONAL_WAREHOUSE

}
