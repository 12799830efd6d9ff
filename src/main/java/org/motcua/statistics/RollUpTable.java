package org.motcua.statistics;

import java.util.Collections;
import java.util.List;

/**
 * The roll-up tables and the statements that keep them. They are listed in the order an
 * event writes its lines (the order a rebuild deletes them in), so that two events
 * sharing lines lock them in the same order and never deadlock.
 */
enum RollUpTable {

	ENDED_AGENCY("stat_daily_ended_agency", "ended_on", false, CountColumn.names(CountColumn.ENDING)),

	ENDED("stat_daily_ended", "ended_on", true, CountColumn.names(CountColumn.ENDING)),

	RECEIPT_AGENCY("stat_daily_agency", "received_on", false, CountColumn.names(CountColumn.RECEIPT)),

	RECEIPT("stat_daily", "received_on", true, CountColumn.names(CountColumn.RECEIPT));

	final String name;

	final boolean perProcedure;

	final List<String> columns;

	/** The condition selecting one line, its key's columns bound in order. */
	final String where;

	/** Adds to a line's counts, bound to the counts then the key. */
	final String add;

	/**
	 * Adds to a line's counts and lowers its level to the one bound after the counts.
	 */
	final String addAndLower;

	/**
	 * Creates a line unless it exists, bound to the key, the level, then the counts.
	 */
	final String insert;

	/** Deletes a line left with no dossier, bound to the key. */
	final String deleteEmpty;

	private final String day;

	private final String keys;

	RollUpTable(String name, String day, boolean perProcedure, String columns) {
		this.name = name;
		this.day = day;
		this.perProcedure = perProcedure;
		this.columns = List.of(columns.split(", "));
		this.keys = day + ", agency, " + (perProcedure ? "procedure_code, field, " : "") + "unit";
		this.where = this.keys.replace(", ", " = ? AND ") + " = ?";
		String add = String.join(", ", this.columns.stream().map(c -> c + " = " + c + " + ?").toList());
		this.add = "UPDATE " + name + " SET " + add + " WHERE " + this.where;
		this.addAndLower = "UPDATE " + name + " SET " + add + ", level = LEAST(level, ?) WHERE " + this.where;
		int values = this.keys.split(", ").length + 1 + this.columns.size();
		this.insert = "INSERT INTO " + name + " (" + this.keys + ", level, " + columns + ") VALUES ("
				+ String.join(", ", Collections.nCopies(values, "?")) + ") ON CONFLICT DO NOTHING";
		this.deleteEmpty = "DELETE FROM " + name + " WHERE " + this.where + " AND " + this.columns.get(0) + " = 0";
	}

	/** What the row adds to each column of its line in this table. */
	long[] counts(CountedDossier row) {
		return CountColumn.of("ended_on".equals(this.day) ? CountColumn.ENDING : CountColumn.RECEIPT, row);
	}

	/**
	 * Recomputes the lines selected by an SQL condition on this table's key columns: a
	 * per-procedure table from the rows, a per-agency one from its per-procedure table.
	 */
	String rollUp(String condition) {
		String sums;
		String from;
		if (!this.perProcedure) {
			sums = String.join(", ", this.columns.stream().map(c -> "SUM(" + c + ")").toList());
			from = (this == ENDED_AGENCY ? ENDED : RECEIPT).name + " WHERE " + condition;
		}
		else if (this == ENDED) {
			sums = CountColumn.sums(CountColumn.ENDING);
			from = "stat_dossier WHERE received AND ended_on IS NOT NULL AND " + condition;
		}
		else {
			sums = CountColumn.sums(CountColumn.RECEIPT);
			from = "stat_dossier WHERE received AND " + condition;
		}
		return "INSERT INTO " + this.name + " (" + this.keys + ", level, " + String.join(", ", this.columns)
				+ ") SELECT " + this.keys + ", MIN(level), " + sums + " FROM " + from + " GROUP BY " + this.keys;
	}

}
