package org.motcua.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a procedure, as the catalog keeps it forever: a dossier pins its code
 * and version. A version starts as a {@link VersionStatus#DRAFT}; publishing it (from an
 * effective date) makes it the one the public sees and supersedes the one before; it may
 * be withdrawn (on a date). Editing a published or withdrawn procedure starts a new draft
 * version; a draft is edited in place. Read-only to other modules.
 */
public record Procedure(ProcedureDefinition definition, int version, VersionStatus status, LocalDate effectiveFrom,
		LocalDate withdrawnOn, Instant changedAt, String changedBy) {

	public ProcedureCode code() {
		return this.definition.code();
	}

	public String name() {
		return this.definition.name();
	}

	public boolean isPublished() {
		return this.status == VersionStatus.PUBLISHED;
	}

	public boolean isDraft() {
		return this.status == VersionStatus.DRAFT;
	}

}
