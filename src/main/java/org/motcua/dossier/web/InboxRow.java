package org.motcua.dossier.web;

import java.time.Instant;

import org.motcua.dossier.DossierStatus;

/**
 * One line of an inbox: the dossier, where it stands and the instant it is due by (the
 * open step's own due instant, else the dossier's).
 */
record InboxRow(String code, String procedureCode, int procedureVersion, String applicantName, DossierStatus status,
		String stepName, String stepAgency, String stepDepartment, String assignee, Instant dueAt) {

}
