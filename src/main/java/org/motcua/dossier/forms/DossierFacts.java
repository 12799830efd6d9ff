package org.motcua.dossier.forms;

import java.time.Instant;
import java.util.Objects;

/**
 * What every form about one dossier prints of it.
 *
 * @param code the dossier code ({@code 000.20.01.H99-261127-0012})
 * @param procedureCode the procedure's code in the national database
 * @param procedureName the procedure's name
 * @param applicant the applicant
 * @param receivedAt when the desk received the dossier, or {@code null} (refused at
 * intake before receipt)
 * @param dueAt the current due instant, or {@code null} when not received
 */
public record DossierFacts(String code, String procedureCode, String procedureName, Applicant applicant,
		Instant receivedAt, Instant dueAt) {

	public DossierFacts {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(procedureCode, "procedureCode");
		Objects.requireNonNull(procedureName, "procedureName");
		Objects.requireNonNull(applicant, "applicant");
	}

}
