package org.motcua.dossier;

import java.time.Instant;

/** The agency apologised and set a later due instant. */
public record Extended(DossierFacts dossier, String by, Instant at, Instant previousDueAt,
		String reason) implements DossierEvent {

}
