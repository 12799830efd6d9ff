package org.motcua.dossier;

import java.time.Instant;

/** One line of a dossier's history: what happened, by whom, the status after, where. */
public record TimelineEntry(Instant at, String type, String by, DossierStatus status, String unit, String note) {

}
