package org.motcua.dossier.forms;

import java.util.List;
import java.util.Objects;

/**
 * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: every missing or wrong paper at once, each
 * with its reason (Decree 61/2018, Art. 19).
 *
 * @param issuer the agency and the officer asking
 * @param dossier the dossier
 * @param missing the papers to add or correct, at least one
 */
public record SupplementRequest(Issuer issuer, DossierFacts dossier,
		List<MissingPaper> missing) implements DossierForm {

	public SupplementRequest {
		missing = List.copyOf(missing);
		if (missing.isEmpty()) {
			throw new IllegalArgumentException("a supplement request names at least one paper");
		}
	}

	@Override
	public FormKind kind() {
		return FormKind.SUPPLEMENT_REQUEST;
	}

	/**
	 * A paper to add or correct.
	 *
	 * @param name the paper's name
	 * @param reason why it is needed or what is wrong with it
	 */
	public record MissingPaper(String name, String reason) {

		public MissingPaper {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(reason, "reason");
		}

	}

}
