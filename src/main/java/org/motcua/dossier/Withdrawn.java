package org.motcua.dossier;

import java.time.Instant;

/** The applicant took the dossier back; the clock ended. */
public record Withdrawn(DossierFacts dossier, String by, Instant at, String note) implements DossierEvent {

}
