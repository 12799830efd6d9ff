package org.motcua.platform;

import java.time.Duration;

/**
 * Exponential backoff between attempts at an external system: {@code initial} after the
 * first failure, doubled after each next one, never more than {@code max}.
 */
public record Backoff(Duration initial, Duration max) {

	/** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
	public Duration after(int attempts) {
		Duration wait = this.initial;
		for (int i = 1; i < attempts && wait.compareTo(this.max) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.max) > 0 ? this.max : wait;
	}

}
