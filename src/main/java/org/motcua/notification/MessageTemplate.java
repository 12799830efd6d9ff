package org.motcua.notification;

/**
 * What a message says: to the applicant at each step that concerns them, to an officer
 * about the steps they hold. Its wording is {@code notification.template.<name>.*} in the
 * messages.
 */
public enum MessageTemplate {

	/** The desk received the dossier: code and due date (the receipt). */
	RECEIVED,
	/** Papers to supplement. */
	SUPPLEMENT_REQUESTED,
	/** Fees or taxes to pay. */
	PAYMENT_REQUESTED,
	/** The agency apologises and sets a new date. */
	EXTENDED,
	/** The result is ready. */
	FINISHED,
	/** The result was returned. */
	RESULT_RETURNED,
	/** A step the officer holds is due within a working day. */
	STEP_DUE_SOON,
	/** A step the officer holds is overdue. */
	STEP_OVERDUE,
	/** The officer's daily list of the steps they hold. */
	DIGEST;

	String key(String part) {
		return "notification.template." + name() + "." + part;
	}

}
