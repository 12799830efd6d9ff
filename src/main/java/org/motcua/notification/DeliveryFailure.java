package org.motcua.notification;

/**
 * A message not delivered; {@code unavailable}: the server could not be reached or is
 * down (the pass ends for that channel), else the answer refused it or made no sense.
 */
class DeliveryFailure extends RuntimeException {

	private final boolean unavailable;

	DeliveryFailure(String message, boolean unavailable, Throwable cause) {
		super(message, cause);
		this.unavailable = unavailable;
	}

	boolean isUnavailable() {
		return this.unavailable;
	}

}
