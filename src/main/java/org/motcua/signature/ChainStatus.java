package org.motcua.signature;

/** Whether a signing certificate leads to a configured trust anchor. */
public enum ChainStatus {

	/**
	 * The chain ends at a configured certificate authority (or the demo CA in demo mode).
	 */
	TRUSTED,
	/** The certificate is there but its chain reaches no trust anchor. */
	UNTRUSTED,
	/** The signing certificate could not be identified. */
	UNKNOWN

}
