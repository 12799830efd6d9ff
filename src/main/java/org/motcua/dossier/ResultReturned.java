package org.motcua.dossier;

import java.time.Instant;

/** The result reached the applicant (at the desk, online or by post). */
public record ResultReturned(DossierFacts dossier, String by, Instant at, Channel how) implements DossierEvent {

}
