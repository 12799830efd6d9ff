package org.motcua.dossier;

import java.time.Instant;
import java.util.List;

/** The desk refused the dossier at intake, with reasons. */
public record Rejected(DossierFacts dossier, String by, Instant at, List<String> reasons) implements DossierEvent {

}
