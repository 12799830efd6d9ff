package org.motcua.dossier;

import java.time.Instant;

import org.motcua.shared.AgencyCode;

/**
 * Which dossiers to list: any of agency, internal status, due before an instant, and
 * {@code q} (part of the code or the applicant's name); at most {@code limit} (1 to 500).
 */
public record DossierQuery(AgencyCode agency, DossierStatus status, Instant dueBefore, String q, int limit) {

}
