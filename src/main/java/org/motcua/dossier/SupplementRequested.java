package org.motcua.dossier;

import java.time.Instant;
import java.util.List;

/** The applicant must supply the listed papers; the clock stands still. */
public record SupplementRequested(DossierFacts dossier, String by, Instant at, List<String> missing, String note,
		int round) implements DossierEvent {

}
