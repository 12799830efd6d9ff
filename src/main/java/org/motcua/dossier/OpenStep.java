package org.motcua.dossier;

import java.time.Instant;

/**
 * A step someone must act on: the open step of a dossier in process, where it is, who
 * holds it ({@code null}: nobody yet) and the instant it is due by (its own, else the
 * dossier's).
 */
public record OpenStep(String dossierCode, String procedureCode, String stepName, String agency, String department,
		String assignee, Instant dueAt) {

}
