package org.motcua.dossier;

import java.time.Instant;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/**
 * A fact about a dossier, published in the transaction that saved it: who did it
 * ({@code by}), when ({@code at}) and the dossier as it stands after it.
 */
public interface DossierEvent extends Audited {

	DossierFacts dossier();

	String by();

	Instant at();

	@Override
	default String subjectType() {
		return "dossier";
	}

	@Override
	default String subjectId() {
		return dossier().code();
	}

	@Override
	default Origin origin() {
		return new Origin(by(), null, at());
	}

	@Override
	default String action() {
		String name = getClass().getSimpleName().replace("Dossier", "");
		return "dossier." + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	default String summary() {
		DossierFacts d = dossier();
		return getClass().getSimpleName() + " " + d.code() + " (" + d.procedureCode() + " v" + d.procedureVersion()
				+ ", applicant …" + d.idLastFour() + "): " + d.status() + " / national " + d.nationalCode()
				+ (d.dueAt() == null ? "" : ", due " + d.dueAt());
	}

}
