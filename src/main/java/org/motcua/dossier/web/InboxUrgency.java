package org.motcua.dossier.web;

import java.time.Instant;

/**
 * How much time a line has left: past its due instant, due within a working day (or
 * today), or more.
 */
enum InboxUrgency {

	OVERDUE, SOON, NORMAL;

	/**
	 * The urgency of a line due at {@code due}, {@code now}, with {@code soon} the end of
	 * the next working day's worth of time (or of today, if later).
	 */
	static InboxUrgency of(Instant due, Instant now, Instant soon) {
		if (due == null) {
			return NORMAL;
		}
		if (due.isBefore(now)) {
			return OVERDUE;
		}
		return due.isAfter(soon) ? NORMAL : SOON;
	}

	/** The CSS class of a line. */
	public String css() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
