package org.motcua.dossier.forms;

import java.time.Instant;
import java.util.Objects;

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả: the agency will be late; the old due instant
 * is {@code dossier.dueAt}.
 *
 * @param issuer the agency that is late
 * @param dossier the dossier, with its old due instant
 * @param newDueAt the new due instant
 * @param reason why the dossier is late
 */
public record Apology(Issuer issuer, DossierFacts dossier, Instant newDueAt, String reason) implements DossierForm {

	public Apology {
		Objects.requireNonNull(dossier.dueAt(), "dossier.dueAt");
		Objects.requireNonNull(newDueAt, "newDueAt");
		Objects.requireNonNull(reason, "reason");
		if (!newDueAt.isAfter(dossier.dueAt())) {
			throw new IllegalArgumentException("the new due instant is after the old one");
		}
	}

	@Override
	public FormKind kind() {
		return FormKind.APOLOGY;
	}

}
