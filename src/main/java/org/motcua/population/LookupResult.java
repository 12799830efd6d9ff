package org.motcua.population;

import java.util.Objects;

/**
 * The answer to one lookup: the person found, not found, found with another name or birth
 * date (mismatch, no record given), or the registry unavailable with the reason and a
 * detail for the log (never shown to the applicant).
 */
public record LookupResult(Outcome outcome, Resident resident, Unavailability reason, String detail) {

	public LookupResult {
		Objects.requireNonNull(outcome, "outcome");
		if ((outcome == Outcome.FOUND) != (resident != null)) {
			throw new IllegalArgumentException("A record comes with FOUND and only with it");
		}
		if ((outcome == Outcome.UNAVAILABLE) != (reason != null)) {
			throw new IllegalArgumentException("A reason comes with UNAVAILABLE and only with it");
		}
	}

	static LookupResult found(Resident resident) {
		return new LookupResult(Outcome.FOUND, resident, null, null);
	}

	static LookupResult notFound() {
		return new LookupResult(Outcome.NOT_FOUND, null, null, null);
	}

	static LookupResult mismatch() {
		return new LookupResult(Outcome.MISMATCH, null, null, null);
	}

	static LookupResult unavailable(Unavailability reason, String detail) {
		return new LookupResult(Outcome.UNAVAILABLE, null, reason, detail);
	}

	public boolean isFound() {
		return this.outcome == Outcome.FOUND;
	}

	public boolean isUnavailable() {
		return this.outcome == Outcome.UNAVAILABLE;
	}

	/** What the registry answered. */
	public enum Outcome {

		FOUND, NOT_FOUND, MISMATCH, UNAVAILABLE

	}

	/** Why the registry gave no answer. */
	public enum Unavailability {

		/** No endpoint configured and no simulator running. */
		NOT_CONFIGURED,
		/** No whole answer within the configured read or connect timeout. */
		TIMEOUT,
		/** The connection was refused or broke. */
		UNREACHABLE,
		/** The circuit breaker is open after repeated failures; no call was made. */
		CIRCUIT_OPEN,
		/** The registry answered with an error status (including refused credentials). */
		ERROR_STATUS,
		/**
		 * The answer was not what the contract says (not JSON, too large, wrong types).
		 */
		MALFORMED

	}

}
