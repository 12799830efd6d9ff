package org.motcua.dossier;

import java.time.Instant;

/**
 * One run of a plan step on a dossier: where and by whom, when it started, its own due
 * instant (start + its share of the limit, pushed by the applicant's waits), when it
 * ended and how it did against its own due instant — lateness belongs to the step and its
 * unit.
 */
public record DossierStep(int planIndex, String name, String agency, String department, String assignee,
		Instant startedAt, Instant dueAt, Instant endedAt, Outcome outcome) {

	DossierStep ended(Instant at, java.time.ZoneId zone) {
		return new DossierStep(this.planIndex, this.name, this.agency, this.department, this.assignee, this.startedAt,
				this.dueAt, at, this.dueAt == null ? null : Outcome.of(at, this.dueAt, zone));
	}

	DossierStep due(Instant newDue) {
		return new DossierStep(this.planIndex, this.name, this.agency, this.department, this.assignee, this.startedAt,
				newDue, this.endedAt, this.outcome);
	}

	DossierStep assigned(String account) {
		return new DossierStep(this.planIndex, this.name, this.agency, this.department, account, this.startedAt,
				this.dueAt, this.endedAt, this.outcome);
	}

	public boolean isOpen() {
		return this.endedAt == null;
	}

}
