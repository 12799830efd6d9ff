package org.motcua.population;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A circuit breaker in front of the registry: {@code failureThreshold} failed lookups in
 * a row open it; while open it refuses calls for {@code openFor}; then it lets one probe
 * through (half-open), which closes it on success or opens it again on failure.
 *
 * <p>
 * Its state lives in this instance's memory on purpose: each instance stops hammering a
 * registry it cannot reach on its own, and a restart starts closed. Nothing is lost when
 * instances disagree; at worst each instance makes its own few calls before opening.
 */
class Circuit {

	enum State {

		CLOSED, OPEN, HALF_OPEN

	}

	private final int failureThreshold;

	private final Duration openFor;

	private final Clock clock;

	private int failures;

	private Instant openedAt;

	private boolean probing;

	Circuit(int failureThreshold, Duration openFor, Clock clock) {
		this.failureThreshold = failureThreshold;
		this.openFor = openFor;
		this.clock = clock;
	}

	/** Whether a call may go out now; when half-open, only the first caller's may. */
	synchronized boolean allows() {
		if (this.openedAt == null) {
			return true;
		}
		if (this.clock.instant().isBefore(this.openedAt.plus(this.openFor)) || this.probing) {
			return false;
		}
		this.probing = true;
		return true;
	}

	synchronized void succeeded() {
		this.failures = 0;
		this.openedAt = null;
		this.probing = false;
	}

	synchronized void failed() {
		this.failures++;
		if (this.probing || this.failures >= this.failureThreshold) {
			this.openedAt = this.clock.instant();
		}
		this.probing = false;
	}

	synchronized State state() {
		if (this.openedAt == null) {
			return State.CLOSED;
		}
		return this.probing || !this.clock.instant().isBefore(this.openedAt.plus(this.openFor)) ? State.HALF_OPEN
				: State.OPEN;
	}

}
