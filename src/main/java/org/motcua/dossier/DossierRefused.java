package org.motcua.dossier;

/**
 * A request about dossiers refused for a reason other than the state: {@code code} is the
 * problem code (e.g. {@code dossier.unknown-procedure},
 * {@code dossier.idempotency-conflict}) for the API's answer.
 */
public class DossierRefused extends RuntimeException {

	private final String code;

	DossierRefused(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
