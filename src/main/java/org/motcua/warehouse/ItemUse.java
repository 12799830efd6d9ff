package org.motcua.warehouse;

import java.time.Instant;

/** A dossier that reused an item, and when. */
public record ItemUse(String dossierCode, Instant usedAt) {

}
