package org.motcua.warehouse;

import java.time.Instant;

/**
 * Where an item came from: the dossier it was digitized or issued in ({@code null} for
 * one that came another way), the username of the officer who digitized or signed it, and
 * when.
 */
public record ItemProvenance(String dossierCode, String handledBy, Instant handledAt) {

}
