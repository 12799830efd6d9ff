package org.motcua.portal;

/**
 * A filing the portal cannot submit, with the message key that tells the citizen why (and
 * its arguments).
 */
class FilingRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	FilingRefused(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
