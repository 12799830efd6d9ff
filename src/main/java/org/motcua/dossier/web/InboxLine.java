package org.motcua.dossier.web;

import org.motcua.dossier.DossierStatus;

/**
 * A line of the inbox as the page shows it: names instead of codes, the due instant
 * written out, how urgent it is, and whether the viewer may assign it or claim it.
 */
record InboxLine(String code, String procedure, String applicant, DossierStatus status, String step, String unit,
		String assignee, String due, InboxUrgency urgency, boolean assignable, boolean claimable) {

}
