package org.motcua.notification;

/** How the gateways' simulator misbehaves when told to. */
enum GatewayFault {

	/** Answers normally. */
	NONE,
	/** Answers 503, as a gateway that is down. */
	UNAVAILABLE,
	/** Answers 200 with a body that is not JSON. */
	GARBAGE,
	/** Answers with an error code (an unknown subscriber, a blocked brandname). */
	REFUSE

}
