package org.motcua.dossier.forms;

import java.util.Objects;

/**
 * Thông báo dừng xử lý hồ sơ: processing ends without a result.
 *
 * @param issuer the agency that stops
 * @param dossier the dossier
 * @param reason why processing stops
 */
public record StopNotice(Issuer issuer, DossierFacts dossier, String reason) implements DossierForm {

	public StopNotice {
		Objects.requireNonNull(reason, "reason");
	}

	@Override
	public FormKind kind() {
		return FormKind.STOP_NOTICE;
	}

}
