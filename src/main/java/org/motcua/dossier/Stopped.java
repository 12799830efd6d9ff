package org.motcua.dossier;

import java.time.Instant;

/** Processing ended without a result; the clock ended. */
public record Stopped(DossierFacts dossier, String by, Instant at, String reason) implements DossierEvent {

}
