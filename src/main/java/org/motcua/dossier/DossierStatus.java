package org.motcua.dossier;

/**
 * The internal states of a dossier and, in one table, the national portal's status code
 * of each (Circular 01/2018/TT-VPCP as replaced by Circular 03/2025/TT-VPCP). A wait for
 * the applicant or a stop is never reported as finished.
 */
public enum DossierStatus {

	/** Online, private to the applicant, no code yet: not sent to the portal. */
	DRAFT(null),
	/** Filed online or by post, code assigned, not yet received. */
	SUBMITTED(1),
	/** Refused at intake. */
	REJECTED(3),
	/** Accepted by the desk; the clock runs. */
	RECEIVED(2),
	/** At a step of the processing plan. */
	IN_PROCESS(4),
	/** Waiting for missing papers; the clock stands still. */
	AWAITING_SUPPLEMENT(5),
	/** Waiting for fees or taxes; the clock stands still. */
	AWAITING_PAYMENT(6),
	/** Taken back by the applicant. */
	WITHDRAWN(7),
	/** Processing ended without a result. */
	STOPPED(8),
	/** Result drafted, waiting for the approver's signature. */
	AWAITING_APPROVAL(4),
	/** Result approved and signed; the clock ended. */
	FINISHED(9),
	/** The result reached the applicant. */
	RESULT_RETURNED(10);

	private final Integer nationalCode;

	DossierStatus(Integer nationalCode) {
		this.nationalCode = nationalCode;
	}

	/** The national portal's status code; {@code null} for a draft (never sent). */
	public Integer nationalCode() {
		return this.nationalCode;
	}

	/** Whether the statutory clock has ended (or never will run) in this state. */
	public boolean isClosed() {
		return this == REJECTED || this == WITHDRAWN || this == STOPPED || this == FINISHED || this == RESULT_RETURNED;
	}

}
