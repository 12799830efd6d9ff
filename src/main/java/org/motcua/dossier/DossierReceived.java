package org.motcua.dossier;

import java.time.Instant;

/**
 * The desk accepted the dossier; its clock started and its due instant is set.
 * {@code applicantVerified}: the applicant was verified against the population registry.
 */
public record DossierReceived(DossierFacts dossier, String by, Instant at,
		boolean applicantVerified) implements DossierEvent {

}
