package org.motcua.nationalportal;

import java.time.Instant;

/**
 * A message the portal simulator received: its ID, call, dossier, order, national status,
 * whether it repeated an ID already taken (and was ignored), and when.
 */
record SimulatorRecord(String messageId, String call, String dossierCode, int sequence, Integer nationalStatus,
		boolean repeat, Instant receivedAt) {

}
