package org.motcua.dossier;

import java.time.Instant;

/**
 * What every dossier event carries for statistics, national synchronisation and
 * notifications: the dossier as it stands after the event. The applicant appears only by
 * kind, ID type and the ID's last four characters.
 */
public record DossierFacts(String code, String procedureCode, int procedureVersion, String agency, String unit,
		Channel channel, PartyKind applicantKind, IdType idType, String idLastFour, DossierStatus status,
		Integer nationalCode, Instant submittedAt, Instant receivedAt, Instant dueAt, Instant finishedAt,
		Instant returnedAt, Outcome outcome, int supplementRounds, boolean countsLateInNationalIndex) {

}
