package org.motcua.catalog;

import java.util.List;

/**
 * A paper a procedure asks for (thành phần hồ sơ): whether it is mandatory, how many
 * copies, whether the original is needed, an optional form template (a file in the
 * document storage), and the warehouse paper types or earlier result types that can stand
 * in for it ({@code acceptsReuseOf}).
 */
public record RequiredDocument(String code, String name, boolean mandatory, int copies, boolean original,
		Template template, List<String> acceptsReuseOf) {

	public RequiredDocument {
		acceptsReuseOf = acceptsReuseOf == null ? List.of() : List.copyOf(acceptsReuseOf);
	}

	/** A downloadable form template, stored in the document storage by its SHA-256. */
	public record Template(String sha256, String filename, String mediaType) {

	}

}
