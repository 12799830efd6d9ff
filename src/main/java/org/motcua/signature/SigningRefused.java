package org.motcua.signature;

/**
 * Signing or validating could not be done: the signer has no key, the input is not a
 * readable PDF, the key or the timestamp authority failed. The message says which, in
 * English, for the log; {@link #reason()} is a message key ({@code signature.refused.*}).
 */
public class SigningRefused extends RuntimeException {

	private final String reason;

	SigningRefused(String reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	SigningRefused(String reason, String message) {
		this(reason, message, null);
	}

	/** The message key of the refusal, under {@code signature.refused.}. */
	public String reason() {
		return "signature.refused." + this.reason;
	}

}
