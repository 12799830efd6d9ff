package org.motcua.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A time the clock stood still while waiting for the applicant (a supplement, a payment):
 * from {@code from} until {@code to}, or until now while {@code to} is null.
 */
public record Pause(Instant from, Instant to) {

	public Pause {
		Objects.requireNonNull(from, "from");
		if (to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("A pause ends after it starts: " + from + " " + to);
		}
	}

}
