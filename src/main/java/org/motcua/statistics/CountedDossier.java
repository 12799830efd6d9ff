package org.motcua.statistics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dossier as the statistics count it: where and how it was filed, its dates, how it
 * ended, and the digitization, reuse, lookup and rating facts the indicators need.
 * {@code received} is false for a dossier never received (submitted only) or refused at
 * intake (national code 3); such a dossier is kept but counted nowhere. {@code outcome}
 * is the national index's: a dossier with more than one supplement round is late
 * (Decision 766/QĐ-TTg).
 */
record CountedDossier(String code, String agency, String unit, String level, String procedureCode, int procedureVersion,
		String field, String channel, String status, boolean received, LocalDate receivedOn, Instant receivedAt,
		Instant dueAt, Instant finishedAt, Instant returnedAt, LocalDate endedOn, boolean openNow, boolean resolved,
		String outcome, int supplementRounds, int papers, int papersDigitized, int papersReused,
		boolean resultElectronic, boolean paperResult, boolean applicantVerified, Integer rating,
		boolean fullOnlineEligible, Instant lastEventAt) {

	/** The same dossier as counted after an event at {@code at}. */
	CountedDossier at(Instant at) {
		return new CountedDossier(this.code, this.agency, this.unit, this.level, this.procedureCode,
				this.procedureVersion, this.field, this.channel, this.status, this.received, this.receivedOn,
				this.receivedAt, this.dueAt, this.finishedAt, this.returnedAt, this.endedOn, this.openNow,
				this.resolved, this.outcome, this.supplementRounds, this.papers, this.papersDigitized,
				this.papersReused, this.resultElectronic, this.paperResult, this.applicantVerified, this.rating,
				this.fullOnlineEligible, at);
	}

}
