package org.motcua.dossier;

import java.time.Instant;

/**
 * The dossier moved from one step (and officer, department or agency) to another;
 * {@code stepOutcome} is how the ended step did against its own due instant.
 */
public record HandedOver(DossierFacts dossier, String by, Instant at, int fromStep, int toStep, String toStepName,
		String toAgency, String toDepartment, String toAccount, Outcome stepOutcome,
		String note) implements DossierEvent {

}
