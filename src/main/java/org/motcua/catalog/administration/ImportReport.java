package org.motcua.catalog.administration;

import java.util.List;

/**
 * The outcome of a catalog import: how many procedures were published and how many were
 * unchanged, or, when anything was wrong, nothing imported and every error: the index of
 * the procedure in the file, its code, the path inside it, a message code and arguments.
 */
public record ImportReport(int published, int unchanged, List<Error> errors) {

	public record Error(int index, String code, String path, String key, Object... arguments) {
	}

	public static ImportReport refused(List<Error> errors) {
		return new ImportReport(0, 0, List.copyOf(errors));
	}

	public boolean isAccepted() {
		return this.errors.isEmpty();
	}

}
