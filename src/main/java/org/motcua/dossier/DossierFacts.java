package org.motcua.dossier;

import java.time.Instant;

/**
 * What every dossier event carries for statistics, national synchronisation and
 * notifications: the dossier as it stands after the event, so that none of them has to
 * read the dossier again. The applicant appears only by kind, ID type and the ID's last
 * four characters; {@code counts} holds no personal data either. Events are stored as
 * JSON in the event publication registry: {@code counts} is {@code null} in events
 * published before it existed.
 */
public record DossierFacts(String code, String procedureCode, int procedureVersion, String agency, String unit,
		Channel channel, PartyKind applicantKind, IdType idType, String idLastFour, DossierStatus status,
		Integer nationalCode, Instant submittedAt, Instant receivedAt, Instant dueAt, Instant finishedAt,
		Instant returnedAt, Outcome outcome, int supplementRounds, boolean countsLateInNationalIndex, Counts counts) {

	/**
	 * The dossier's papers, result, lookup, rating and history in numbers.
	 * {@code papersDigitized}: papers not {@link Provenance#NOT_DIGITIZED};
	 * {@code papersReused}: papers reused from another dossier's paper or result or taken
	 * from the national warehouse; {@code resultElectronic}: a result file exists;
	 * {@code applicantVerified}: found in the population registry; {@code rating}: the
	 * applicant's score, if rated; {@code endedAt}: the instant of its first
	 * {@code DossierFinished}, {@code Withdrawn}, {@code Stopped} or {@code Rejected}
	 * (for a closed dossier without one, its finishing instant); {@code lastEventAt}: the
	 * latest instant of its history; {@code sequence}: how many lines its history holds
	 * (one per event, this one included, and a draft's first), which orders two events of
	 * the dossier even at the same instant: the later event has the greater sequence.
	 */
	public record Counts(int papers, int papersDigitized, int papersReused, boolean resultElectronic,
			boolean applicantVerified, Integer rating, Instant endedAt, Instant lastEventAt, int sequence) {

	}

}
