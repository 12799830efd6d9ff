package org.motcua.shared;

/**
 * An event that the audit trail records: every module's events about changes that must be
 * accountable implement it, and the audit module listens to this one type, so it needs to
 * know no other module.
 */
public interface Audited {

	/** What was done, as a stable dotted name, e.g. {@code agency.created}. */
	String action();

	/** The kind of record it was done to, e.g. {@code agency}. */
	String subjectType();

	/** The record's identifier, e.g. the agency code. */
	String subjectId();

	/** Who did it, from where, when. */
	Origin origin();

	/** A short human-readable summary of the change (no secrets); may be empty. */
	default String summary() {
		return "";
	}

}
