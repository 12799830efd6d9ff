package org.motcua.dossier;

import java.time.Instant;

/** The result was drafted and waits for the approver. */
public record ResultDrafted(DossierFacts dossier, String by, Instant at,
		String resultDocumentId) implements DossierEvent {

}
