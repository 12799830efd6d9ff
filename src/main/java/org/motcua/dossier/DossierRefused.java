package org.motcua.dossier;

/**
 * A request about dossiers refused for a reason other than the state: {@code code} is the
 * problem code (e.g. {@code dossier.unknown-procedure},
 * {@code dossier.idempotency-conflict}) for the API's answer.
 */
public class DossierRefused extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	DossierRefused(String code, String message, Object... arguments) {
		super(message);
		this.code = code;
		this.arguments = arguments;
	}

	public String code() {
		return this.code;
	}

	/** The values the message of {@link #code()} names, in order. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
