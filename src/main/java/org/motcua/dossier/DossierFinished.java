package org.motcua.dossier;

import java.time.Instant;

/** The approver signed the result; the clock ended with the outcome. */
public record DossierFinished(DossierFacts dossier, String by, Instant at,
		String resultDocumentId) implements DossierEvent {

}
