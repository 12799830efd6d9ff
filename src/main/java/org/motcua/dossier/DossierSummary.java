package org.motcua.dossier;

import java.time.Instant;

/** One line of a list of dossiers. */
public record DossierSummary(String code, String procedureCode, int procedureVersion, String agency,
		DossierStatus status, String applicantName, Channel channel, Instant receivedAt, Instant dueAt,
		Outcome outcome) {

}
