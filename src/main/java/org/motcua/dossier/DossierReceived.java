package org.motcua.dossier;

import java.time.Instant;

/** The desk accepted the dossier; its clock started and its due instant is set. */
public record DossierReceived(DossierFacts dossier, String by, Instant at) implements DossierEvent {

}
