package org.motcua.dossier;

import java.time.Instant;

/** The dossier went back to the step before. */
public record ReturnedToPreviousStep(DossierFacts dossier, String by, Instant at, int fromStep, int toStep,
		Outcome stepOutcome, String note) implements DossierEvent {

}
