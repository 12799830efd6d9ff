package org.motcua.audit;

/**
 * The outcome of recomputing the whole chain: intact, or the first position where it
 * breaks and why.
 *
 * @param intact whether every sealed entry is unchanged, none is missing and no entry
 * waits too long to be sealed
 * @param checked how many sealed entries were checked
 * @param brokenAt the first broken chain position ({@code null} when intact or when only
 * unsealed entries are the problem)
 * @param reason why it is broken ({@code null} when intact)
 */
public record Verification(boolean intact, long checked, Long brokenAt, Reason reason) {

	/** Why a chain is broken. */
	public enum Reason {

		/** The entry's content no longer gives the hash it was sealed with. */
		CONTENT_CHANGED,

		/** The entry does not link to the hash of the entry before it. */
		HASH_MISMATCH,

		/** A position is missing: a sealed entry was deleted. */
		GAP,

		/**
		 * The newest sealed entries were deleted: a checkpoint names a position past the
		 * end.
		 */
		TRUNCATED,

		/** Entries have stayed unsealed for longer than the tolerance. */
		UNSEALED

	}

	static Verification intact(long checked) {
		return new Verification(true, checked, null, null);
	}

	static Verification broken(long checked, Long position, Reason reason) {
		return new Verification(false, checked, position, reason);
	}

}
