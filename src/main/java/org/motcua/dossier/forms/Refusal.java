package org.motcua.dossier.forms;

import java.util.List;

/**
 * Phiếu từ chối tiếp nhận giải quyết hồ sơ, with its reasons.
 *
 * @param issuer the desk
 * @param dossier the dossier refused
 * @param reasons the reasons, at least one
 */
public record Refusal(Issuer issuer, DossierFacts dossier, List<String> reasons) implements DossierForm {

	public Refusal {
		reasons = List.copyOf(reasons);
		if (reasons.isEmpty()) {
			throw new IllegalArgumentException("a refusal gives at least one reason");
		}
	}

	@Override
	public FormKind kind() {
		return FormKind.REFUSAL;
	}

}
