package org.motcua.account;

/**
 * A roster change that breaks a rule; {@link #code()} names the message that explains it
 * ({@code roster.refused.*}).
 */
class RosterRefused extends RuntimeException {

	private final String code;

	RosterRefused(String code) {
		super(code);
		this.code = code;
	}

	String code() {
		return this.code;
	}

}
