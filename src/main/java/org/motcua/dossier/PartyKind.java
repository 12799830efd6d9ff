package org.motcua.dossier;

/** Whether an applicant is a person or an organisation. */
public enum PartyKind {

	PERSON, ORGANIZATION

}
