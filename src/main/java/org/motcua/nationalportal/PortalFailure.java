package org.motcua.nationalportal;

/**
 * A call to the portal that did not succeed: {@code unavailable} when the portal could
 * not be reached or answered 5xx (retry later, for every message alike), else the portal
 * refused this message or answered something unreadable.
 */
class PortalFailure extends RuntimeException {

	private final boolean unavailable;

	PortalFailure(String message, boolean unavailable) {
		super(message);
		this.unavailable = unavailable;
	}

	PortalFailure(String message, boolean unavailable, Throwable cause) {
		super(message, cause);
		this.unavailable = unavailable;
	}

	boolean isUnavailable() {
		return this.unavailable;
	}

}
