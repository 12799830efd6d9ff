package org.motcua.catalog;

import java.time.LocalDate;

import org.motcua.catalog.administration.CatalogAdministration;

import org.springframework.stereotype.Service;

/**
 * The one change to the catalog other modules may ask for: taking a procedure's name and
 * field from the national portal, after an administrator accepted the difference.
 */
@Service
public class CatalogUpdates {

	private final CatalogAdministration administration;

	CatalogUpdates(CatalogAdministration administration) {
		this.administration = administration;
	}

	/**
	 * Names procedure {@code code} {@code name} in {@code field} (null: its field stays):
	 * a new draft for an unknown code; else a new version, published from {@code on} when
	 * the latest version was the published one, else the draft changed. Audited through
	 * the catalog's events, as {@code by} the current user.
	 */
	public Procedure adoptFromPortal(ProcedureCode code, String name, Field field, LocalDate on) {
		return this.administration.adopt(code, name, field, on);
	}

}
