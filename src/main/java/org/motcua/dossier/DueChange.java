package org.motcua.dossier;

import java.time.Instant;

/** A change of the due instant, and why. */
public record DueChange(Why why, Instant at, Instant oldDueAt, Instant newDueAt) {

	public enum Why {

		/** Set at receipt from the pinned time limit. */
		RECEIVED,
		/** Pushed by a wait for missing papers. */
		SUPPLEMENT_WAIT,
		/** Pushed by a wait for payment. */
		PAYMENT_WAIT,
		/** Set later by an extension with apology. */
		EXTENSION

	}

}
