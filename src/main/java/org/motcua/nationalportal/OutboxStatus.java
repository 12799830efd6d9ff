package org.motcua.nationalportal;

/** Where an outbox message stands. */
enum OutboxStatus {

	/** Not yet tried. */
	PENDING,
	/** Tried and failed; tried again at its next attempt instant. */
	FAILED,
	/** Delivered. */
	SENT,
	/** Failed as many times as allowed; waits for an administrator's resend. */
	DEAD

}
