package org.motcua.warehouse;

/** What a warehouse item is. */
public enum ItemKind {

	/** A paper digitized at a desk (its type code is a required document code). */
	PAPER,
	/** The result of a procedure (its type code is a result type code). */
	RESULT,
	/**
	 * An electronic copy certified from an original presented at a desk (chứng thực bản
	 * sao điện tử từ bản chính, Decree 45/2020/ND-CP).
	 */
	CERTIFIED_COPY

}
