package org.motcua.nationalportal;

/** What the portal simulator does wrong when told to. */
enum SimulatorFault {

	/** Answers normally. */
	NONE,
	/** HTTP 503 to every call, login included, without processing anything. */
	UNAVAILABLE,
	/** {@code error_code} "-1" to every data call, without processing it. */
	ERROR_CODE,
	/** Processes the call, then answers a body that is not JSON. */
	MALFORMED,
	/** Processes the call, then answers two JSON objects in one body. */
	ANSWER_TWICE,
	/** Processes the call, then answers 503 (the answer is lost). */
	LOST_ANSWER

}
