package org.motcua.nationalportal;

import java.time.Instant;
import java.util.UUID;

import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierFacts;
import org.motcua.dossier.DossierReceived;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierSubmitted;
import org.motcua.dossier.HandedOver;
import org.motcua.dossier.IdType;
import org.motcua.dossier.Outcome;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.StepAssigned;

/**
 * Dossier events for the outbox tests, about dossiers that exist only in the events
 * (their codes are unique to a run, so tests on one shared database do not meet).
 */
final class PortalEvents {

	static final String AGENCY = "000.20.01.H99";

	private PortalEvents() {
	}

	/** A code no other test uses. */
	static String newCode() {
		return newScope() + "1";
	}

	/**
	 * A prefix no other test uses, for the codes of one test (and its simulator faults).
	 */
	static String newScope() {
		return "TEST." + UUID.randomUUID().toString().substring(0, 8) + ".";
	}

	static DossierFacts facts(String code, DossierStatus status, Instant submitted, Instant received) {
		return new DossierFacts(code, "1.001193", 1, AGENCY, "99100", Channel.ONLINE, PartyKind.PERSON,
				IdType.PERSONAL_ID, "1234", status, status.nationalCode(), submitted, received,
				received == null ? null : received.plusSeconds(5 * 86400), null, null, null, 0, false, null);
	}

	static DossierSubmitted submitted(String code, Instant at) {
		return new DossierSubmitted(facts(code, DossierStatus.SUBMITTED, at, null), "citizen1", at, false);
	}

	static DossierReceived received(String code, Instant submitted, Instant at) {
		return new DossierReceived(facts(code, DossierStatus.RECEIVED, submitted, at), "desk1", at, false);
	}

	static HandedOver handedOver(String code, Instant submitted, Instant received, Instant at) {
		return new HandedOver(facts(code, DossierStatus.IN_PROCESS, submitted, received), "desk1", at, 0, 1,
				"Thẩm định", AGENCY, "VHXH", null, Outcome.EARLY, null);
	}

	static StepAssigned assigned(String code, Instant submitted, Instant received, Instant at) {
		return new StepAssigned(facts(code, DossierStatus.IN_PROCESS, submitted, received), "head1", at, 1, "Thẩm định",
				AGENCY, "VHXH", "specialist1", null, false, null);
	}

}
