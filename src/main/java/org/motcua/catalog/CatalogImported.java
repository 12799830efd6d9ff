package org.motcua.catalog;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/**
 * A catalog file was imported: how many procedures were published as new versions and how
 * many were already so.
 */
public record CatalogImported(String format, int published, int unchanged, Origin origin) implements Audited {

	@Override
	public String action() {
		return "catalog.imported";
	}

	@Override
	public String subjectType() {
		return "catalog";
	}

	@Override
	public String subjectId() {
		return this.format;
	}

	@Override
	public String summary() {
		return this.published + " published, " + this.unchanged + " unchanged";
	}

}
