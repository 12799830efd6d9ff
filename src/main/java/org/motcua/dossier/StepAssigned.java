package org.motcua.dossier;

import java.time.Instant;

/**
 * The current step was given to an officer of its unit: assigned by the department's
 * head, or claimed by the officer ({@code claimed}); {@code previousAssignee} is who had
 * it before, if anyone.
 */
public record StepAssigned(DossierFacts dossier, String by, Instant at, int step, String stepName, String agency,
		String department, String assignee, String previousAssignee, boolean claimed,
		String note) implements DossierEvent {

}
