package org.motcua.notification;

/** Delivers messages of one channel; one adapter per channel, chosen by configuration. */
interface Courier {

	MessageChannel channel();

	/** Whether the channel is configured: when not, its messages wait, pending. */
	boolean isReady();

	/**
	 * Sends one message; throws {@link DeliveryFailure} when it did not certainly arrive.
	 */
	void deliver(Outgoing message);

}
