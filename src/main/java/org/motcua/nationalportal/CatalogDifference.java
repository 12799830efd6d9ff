package org.motcua.nationalportal;

/**
 * One difference between the portal's catalog and this one: a procedure, field or agency
 * ({@code item}) that is new on the portal, named otherwise there, or missing there.
 */
record CatalogDifference(Item item, String code, Change change, String ours, String portal) {

	enum Item {

		PROCEDURE, FIELD, AGENCY

	}

	enum Change {

		NEW, CHANGED, MISSING

	}

	/** What an acceptance records: the portal's side, or the mark of a missing one. */
	String portalValue() {
		return this.portal == null ? "-" : this.portal;
	}

}
