package org.motcua.organization;

import java.util.List;

/**
 * The outcome of a CSV import: how many records were imported, or, when any row was bad,
 * none and the error of every bad row (row number, column, message code and arguments).
 */
record ImportReport(int imported, List<RowError> errors) {

	/**
	 * One error of one row; {@code key} is a message code, {@code arguments} its values.
	 */
	record RowError(int row, String column, String key, Object... arguments) {
	}

	static ImportReport refused(List<RowError> errors) {
		return new ImportReport(0, List.copyOf(errors));
	}

	static ImportReport done(int imported) {
		return new ImportReport(imported, List.of());
	}

	boolean isAccepted() {
		return this.errors.isEmpty();
	}

}
