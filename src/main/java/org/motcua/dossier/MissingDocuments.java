package org.motcua.dossier;

import java.util.List;

/** A dossier refused because mandatory papers are missing; lists them all at once. */
public class MissingDocuments extends IllegalArgumentException {

	private final List<String> missing;

	MissingDocuments(List<String> missing) {
		super("Mandatory documents are missing: " + String.join(", ", missing));
		this.missing = List.copyOf(missing);
	}

	/** The codes of the missing required documents. */
	public List<String> missing() {
		return this.missing;
	}

}
