package org.motcua.dossier;

import java.util.Arrays;
import java.util.Optional;

/**
 * The transitions of API.md, by their path segment in {@code POST
 * /api/v1/dossiers/{code}/{action}}; {@code assign} (a department head assigns the
 * current step, or an officer of its unit claims it) is motcua's addition.
 */
public enum Action {

	SUBMIT("submit"), RECEIVE("receive"), REJECT("reject"), HAND_OVER("hand-over"),
	RETURN_TO_PREVIOUS("return-to-previous"), REQUEST_SUPPLEMENT("request-supplement"), SUPPLEMENT("supplement"),
	REQUEST_PAYMENT("request-payment"), CONFIRM_PAYMENT("confirm-payment"), EXTEND("extend"), STOP("stop"),
	WITHDRAW("withdraw"), FINISH("finish"), APPROVE("approve"), RETURN_RESULT("return-result"), RATE("rate"),
	ASSIGN("assign");

	private final String path;

	Action(String path) {
		this.path = path;
	}

	public String path() {
		return this.path;
	}

	public static Optional<Action> fromPath(String path) {
		return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
	}

}
