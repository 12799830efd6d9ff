package org.motcua.account;

/** The two shifts of a desk's working day. */
public enum Shift {

	/** Buổi sáng. */
	MORNING,

	/** Buổi chiều. */
	AFTERNOON

}
