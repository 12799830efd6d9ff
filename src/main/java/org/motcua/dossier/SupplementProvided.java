package org.motcua.dossier;

import java.time.Instant;
import java.util.List;

/** The applicant supplied papers; the due instant moved by the time waited. */
public record SupplementProvided(DossierFacts dossier, String by, Instant at, List<String> documents,
		Instant previousDueAt) implements DossierEvent {

}
