package org.motcua.nationalportal;

import java.time.Instant;

/**
 * Whether and when a dossier reached the national portal: the first and the latest
 * delivery, the national status last delivered and how many messages were delivered.
 */
public record DossierSync(String dossierCode, Instant firstSyncedAt, Instant lastSyncedAt, Integer lastNationalStatus,
		int messagesDelivered) {

}
