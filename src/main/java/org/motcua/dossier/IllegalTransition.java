package org.motcua.dossier;

/**
 * An action the dossier refuses in its state (or with these arguments); the API answers
 * 409 {@code dossier.illegal-transition}.
 */
public class IllegalTransition extends RuntimeException {

	private final DossierStatus status;

	private final Action action;

	IllegalTransition(Action action, DossierStatus status, String why) {
		super(action.path() + " is not allowed from " + status + (why == null ? "" : ": " + why));
		this.action = action;
		this.status = status;
	}

	public DossierStatus status() {
		return this.status;
	}

	public Action action() {
		return this.action;
	}

}
