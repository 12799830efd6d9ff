package org.motcua.dossier.forms;

import java.util.List;
import java.util.Objects;

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả: given at intake, with the papers received and
 * the due instant ({@code dossier.dueAt}, required).
 *
 * @param issuer the desk
 * @param dossier the dossier, received and with its due instant
 * @param papers the papers received, in order
 * @param timeLimit the statutory time limit as printed ({@code 05 ngày làm việc})
 * @param resultPlace where the result is to be collected
 */
public record Receipt(Issuer issuer, DossierFacts dossier, List<Paper> papers, String timeLimit,
		String resultPlace) implements DossierForm {

	public Receipt {
		Objects.requireNonNull(dossier.receivedAt(), "dossier.receivedAt");
		Objects.requireNonNull(dossier.dueAt(), "dossier.dueAt");
		papers = List.copyOf(papers);
	}

	@Override
	public FormKind kind() {
		return FormKind.RECEIPT;
	}

	/**
	 * A paper received.
	 *
	 * @param name the paper's name
	 * @param copies how many copies
	 * @param original {@code true} for an original (bản chính), {@code false} for a copy
	 * (bản sao)
	 */
	public record Paper(String name, int copies, boolean original) {

		public Paper {
			Objects.requireNonNull(name, "name");
			if (copies < 1) {
				throw new IllegalArgumentException("copies must be at least 1");
			}
		}

	}

}
