package org.motcua.dossier;

import java.time.Instant;

/**
 * The dossier was filed online or by post and got its code; its clock has not started.
 * {@code applicantVerified}: the applicant was verified against the population registry.
 */
public record DossierSubmitted(DossierFacts dossier, String by, Instant at,
		boolean applicantVerified) implements DossierEvent {

}
