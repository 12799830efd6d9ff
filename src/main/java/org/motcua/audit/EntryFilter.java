package org.motcua.audit;

import java.time.Instant;

/**
 * Which entries to list; every criterion is optional ({@code null} or blank matches all).
 * {@code from} is inclusive, {@code to} exclusive.
 */
public record EntryFilter(String username, String action, String subjectType, String subjectId, Instant from,
		Instant to) {

	public static EntryFilter all() {
		return new EntryFilter(null, null, null, null, null, null);
	}

}
