package org.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How a dossier (or a step) finished against its due instant: before the due date is
 * early, on the due date (the local date) on time, after it late. Decision 766/QĐ-TTg
 * 2022.
 */
public enum Outcome {

	EARLY, ON_TIME, LATE;

	/** The outcome of something ended at {@code ended} and due at {@code due}. */
	public static Outcome of(Instant ended, Instant due, ZoneId zone) {
		LocalDate endedOn = ended.atZone(zone).toLocalDate();
		LocalDate dueOn = due.atZone(zone).toLocalDate();
		if (endedOn.isBefore(dueOn)) {
			return EARLY;
		}
		return endedOn.isEqual(dueOn) ? ON_TIME : LATE;
	}

}
