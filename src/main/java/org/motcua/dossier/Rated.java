package org.motcua.dossier;

import java.time.Instant;

/** The applicant rated the service (1 to 5). */
public record Rated(DossierFacts dossier, String by, Instant at, int score, String comment) implements DossierEvent {

}
