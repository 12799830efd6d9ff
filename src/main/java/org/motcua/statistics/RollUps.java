package org.motcua.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily roll-ups of the read model: by day of receipt ({@code stat_daily}, per agency
 * {@code stat_daily_agency}) and by day of ending ({@code stat_daily_ended},
 * {@code stat_daily_ended_agency}). A line is a group (day, agency, procedure, field,
 * unit), or (day, agency, unit) per agency. When a dossier's row changes, the lines of
 * its groups take the difference between its new row and the one it replaced, one
 * {@code UPDATE} a line whatever the group's size: a group it stays in takes the change,
 * a group it leaves loses the old row and is deleted once empty, a group it joins gains
 * the new one. A rebuild recomputes every line from the rows by {@code GROUP BY}; both
 * count with the same columns ({@link CountColumn}).
 */
@Repository
class RollUps {

	/** One line of a roll-up table. */
	record Line(RollUpTable table, LocalDate day, String agency, String procedure, String field, String unit) {

		static final Comparator<Line> ORDER = Comparator.comparing(Line::table)
			.thenComparing(Line::day)
			.thenComparing(Line::agency)
			.thenComparing(l -> l.procedure() == null ? "" : l.procedure())
			.thenComparing(l -> l.field() == null ? "" : l.field())
			.thenComparing(Line::unit);

		List<Object> key() {
			List<Object> key = new ArrayList<>(List.of(this.day, this.agency));
			if (this.table.perProcedure) {
				key.add(this.procedure);
				key.add(this.field);
			}
			key.add(this.unit);
			return key;
		}

	}

	/**
	 * What a line takes: {@code counts} to add, and the level of the row it gains
	 * ({@code gains}) or else of the row it loses.
	 */
	private record Change(long[] counts, String level, boolean gains) {

		Change plus(Change other) {
			long[] sum = this.counts.clone();
			for (int i = 0; i < sum.length; i++) {
				sum[i] += other.counts[i];
			}
			return other.gains ? new Change(sum, other.level, true) : new Change(sum, this.level, this.gains);
		}

		boolean isNone() {
			for (long count : this.counts) {
				if (count != 0) {
					return false;
				}
			}
			return true;
		}

	}

	private final JdbcClient jdbc;

	RollUps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Brings the lines of the row's groups, and of the groups of the row it replaced (if
	 * any), from the earlier row to the new one. A row whose level changed (its agency's
	 * did) has its groups recomputed instead, since a group's level is the least of its
	 * rows'.
	 */
	void replace(Optional<CountedDossier> before, CountedDossier row) {
		if (before.isPresent() && !before.get().level().equals(row.level())) {
			recompute(before.get(), row);
			return;
		}
		Map<Line, Change> changes = new TreeMap<>(Line.ORDER);
		before.ifPresent(earlier -> count(changes, earlier, -1));
		count(changes, row, 1);
		changes.forEach((line, change) -> {
			if (!change.isNone()) {
				add(line, change);
			}
		});
	}

	/**
	 * The changes a received row makes to the lines of its groups, times {@code sign}.
	 */
	private static void count(Map<Line, Change> changes, CountedDossier row, int sign) {
		if (!row.received()) {
			return;
		}
		for (Line line : lines(row)) {
			long[] counts = line.table().counts(row);
			for (int i = 0; i < counts.length; i++) {
				counts[i] *= sign;
			}
			changes.merge(line, new Change(counts, row.level(), sign > 0), Change::plus);
		}
	}

	/** The lines a received row counts in. */
	private static List<Line> lines(CountedDossier row) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(RollUpTable.RECEIPT, row.receivedOn(), row.agency(), row.procedureCode(), row.field(),
				row.unit()));
		lines.add(new Line(RollUpTable.RECEIPT_AGENCY, row.receivedOn(), row.agency(), null, null, row.unit()));
		if (row.endedOn() != null) {
			lines.add(new Line(RollUpTable.ENDED, row.endedOn(), row.agency(), row.procedureCode(), row.field(),
					row.unit()));
			lines.add(new Line(RollUpTable.ENDED_AGENCY, row.endedOn(), row.agency(), null, null, row.unit()));
		}
		return lines;
	}

	/**
	 * Adds the change to the line, creating it when absent; a line whose count fell to
	 * zero (it lost its last row) is deleted. A line deleted meanwhile by another
	 * transaction is created again.
	 */
	private void add(Line line, Change change) {
		RollUpTable table = line.table();
		List<Object> counts = new ArrayList<>();
		for (long count : change.counts()) {
			counts.add(count);
		}
		List<Object> update = new ArrayList<>(counts);
		if (change.gains()) {
			update.add(change.level());
		}
		update.addAll(line.key());
		List<Object> insert = new ArrayList<>(line.key());
		insert.add(change.level());
		insert.addAll(counts);
		boolean added = false;
		while (!added) {
			added = this.jdbc.sql(change.gains() ? table.addAndLower : table.add).params(update).update() > 0
					|| this.jdbc.sql(table.insert).params(insert).update() > 0;
		}
		if (change.counts()[0] < 0) {
			this.jdbc.sql(table.deleteEmpty).params(line.key()).update();
		}
	}

	/** Recomputes the lines of both rows' groups from the rows, each line once. */
	private void recompute(CountedDossier before, CountedDossier row) {
		Map<Line, Boolean> lines = new TreeMap<>(
				Comparator.comparing((Line l) -> !l.table().perProcedure).thenComparing(Line.ORDER));
		for (CountedDossier counted : List.of(before, row)) {
			if (counted.received()) {
				lines(counted).forEach(line -> lines.put(line, true));
			}
		}
		for (Line line : lines.keySet()) {
			RollUpTable table = line.table();
			this.jdbc.sql("DELETE FROM " + table.name + " WHERE " + table.where).params(line.key()).update();
			this.jdbc.sql(table.rollUp(table.where)).params(line.key()).update();
		}
	}

	/**
	 * Recomputes every line from the rows, in one transaction: readers never see the
	 * roll-ups empty, and an event counted meanwhile either waits for the new lines and
	 * adds to them, or, adding to a line the rebuild has yet to write, makes it fail with
	 * a duplicate key (to be run again).
	 */
	@Transactional
	void rebuild() {
		deleteAll();
		for (RollUpTable table : List.of(RollUpTable.RECEIPT, RollUpTable.RECEIPT_AGENCY, RollUpTable.ENDED,
				RollUpTable.ENDED_AGENCY)) {
			this.jdbc.sql(table.rollUp("1 = 1")).update();
		}
	}

	void deleteAll() {
		for (RollUpTable table : RollUpTable.values()) {
			this.jdbc.sql("DELETE FROM " + table.name).update();
		}
	}

	/**
	 * Every line of every roll-up table as text, in key order: what a rebuild is compared
	 * with.
	 */
	List<String> lines() {
		List<String> lines = new ArrayList<>(text(
				"SELECT 'D', d.* FROM stat_daily d UNION ALL SELECT 'A', received_on, agency, '', '', a.unit, a.level,"
						+ " received, counter, online, post, resolved, early, on_time, late, in_process, stopped,"
						+ " withdrawn, digitized, fully_digitized, result_digitized, reused, verified, rated, satisfied,"
						+ " low_rated, eligible_full, full_online FROM stat_daily_agency a ORDER BY 1, 2, 3, 4, 5, 6"));
		lines.addAll(text("SELECT 'E', e.* FROM stat_daily_ended e UNION ALL SELECT 'F', ended_on, agency, '', '',"
				+ " f.unit, f.level, ended, resolved, stopped, withdrawn FROM stat_daily_ended_agency f"
				+ " ORDER BY 1, 2, 3, 4, 5, 6"));
		return lines;
	}

	private List<String> text(String sql) {
		return this.jdbc.sql(sql).query((rs, n) -> {
			StringBuilder line = new StringBuilder();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				line.append(rs.getObject(i)).append('|');
			}
			return line.toString();
		}).list();
	}

}
