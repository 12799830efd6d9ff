package org.motcua.statistics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.motcua.nationalportal.PortalSync;
import org.motcua.organization.AdministrativeUnit;
import org.motcua.shared.Level;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the province for anyone: the indicators of a cut and the flow of a
 * period, both over the read model (nothing personal). The citizen portal's public
 * statistics read them here.
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

	private final Figures figures;

	private final UnitCut cut;

	private static final int SYNC_SAMPLE = 20_000;

	private final Clock clock;

	private final PortalSync sync;

	Statistics(Figures figures, UnitCut cut, Clock clock, PortalSync sync) {
		this.sync = sync;
		this.figures = figures;
		this.cut = cut;
		this.clock = clock;
	}

	/**
	 * The indicators of the dossiers received in the query's period, in its part of the
	 * province; refuses a unit that does not exist on {@code asOf}
	 * ({@code statistics.unknown-unit}).
	 */
	public Indicators indicators(IndicatorQuery query) {
		Optional<Set<String>> units = units(query);
		return Indicators.of(this.figures.tally(query, units),
				this.figures.overdue(query, units, this.clock.instant()));
	}

	/**
	 * The 766 index of the cut for the parts computable from the system's data; the
	 * synchronised part asks the national portal's synchronisation which of the cut's
	 * dossiers reached the portal (at most {@code SYNC_SAMPLE} of them, most recent
	 * first, scaled to the whole cut).
	 */
	public Index766 index766(IndicatorQuery query) {
		Optional<Set<String>> units = units(query);
		Tally tally = this.figures.tally(query, units);
		List<String> codes = this.figures.codes(query, units, "1 = 1", SYNC_SAMPLE);
		long synchronised = 0;
		for (int i = 0; i < codes.size(); i += 1000) {
			synchronised += this.sync
				.findSynchronised(codes.subList(i, Math.min(codes.size(), i + 1000)), this.clock.instant())
				.size();
		}
		if (codes.size() < tally.received() && !codes.isEmpty()) {
			synchronised = Math.round((double) synchronised * tally.received() / codes.size());
		}
		return Index766.of(tally, synchronised);
	}

	/**
	 * The flow of the query's period (carried over, received, resolved, still running).
	 */
	public Flow flow(IndicatorQuery query) {
		return this.figures.flow(query, units(query));
	}

	/** The indicators of the cut grouped as {@code by} says, labelled by group key. */
	Map<String, Indicators> breakdown(IndicatorQuery query, Figures.By by) {
		Map<String, Indicators> groups = new LinkedHashMap<>();
		if (by == Figures.By.UNIT) {
			Map<String, List<Tally>> byResolved = new LinkedHashMap<>();
			for (Tally t : this.figures.tallies(query, units(query), by)) {
				String unit = this.cut.resolve(t.key(), query.asOf());
				byResolved.computeIfAbsent(unit == null ? "?" : unit, k -> new ArrayList<>()).add(t);
			}
			byResolved.forEach((unit, tallies) -> groups.put(unit, Indicators.of(sum(unit, tallies), 0)));
			return groups;
		}
		this.figures.tallies(query, units(query), by).forEach(t -> groups.put(t.key(), Indicators.of(t, 0)));
		return groups;
	}

	/**
	 * The indicators of the cut per level of the tree of its {@code asOf} (every level,
	 * whatever level the cut names), from one grouping of the roll-ups by the unit
	 * dossiers were filed under: each unit counts under the level of the unit it resolves
	 * to (see {@link UnitCut}); a unit resolving to none counts nowhere. The overdue
	 * count is left at zero, as in every breakdown.
	 */
	Map<String, Indicators> byLevel(IndicatorQuery query) {
		IndicatorQuery anyLevel = query.withLevel(null);
		Map<String, AdministrativeUnit> tree = this.cut.tree(query.asOf());
		Map<Level, List<Tally>> byLevel = new EnumMap<>(Level.class);
		for (Tally t : this.figures.tallies(anyLevel, units(anyLevel), Figures.By.UNIT)) {
			String resolved = this.cut.resolve(t.key(), query.asOf(), tree);
			AdministrativeUnit unit = resolved == null ? null : tree.get(resolved);
			if (unit != null) {
				byLevel.computeIfAbsent(unit.level(), k -> new ArrayList<>()).add(t);
			}
		}
		Map<String, Indicators> levels = new LinkedHashMap<>();
		for (Level level : Level.values()) {
			levels.put(level.name(), Indicators.of(sum(level.name(), byLevel.getOrDefault(level, List.of())), 0));
		}
		return levels;
	}

	/** The codes of the cut's dossiers meeting a condition of the read model. */
	List<String> dossiers(IndicatorQuery query, String condition, int limit) {
		return this.figures.codes(query, units(query), condition, limit);
	}

	Optional<Set<String>> units(IndicatorQuery query) {
		return this.cut.filedUnits(query,
				query.unit() == null && query.level() == null ? List.of() : this.figures.filedUnits());
	}

	static Tally sum(String key, List<Tally> tallies) {
		long[] v = new long[21];
		for (Tally t : tallies) {
			long[] w = { t.received(), t.counter(), t.online(), t.post(), t.resolved(), t.early(), t.onTime(), t.late(),
					t.inProcess(), t.stopped(), t.withdrawn(), t.digitized(), t.fullyDigitized(), t.resultDigitized(),
					t.reused(), t.verified(), t.rated(), t.satisfied(), t.lowRated(), t.eligibleFull(),
					t.fullOnline() };
			for (int i = 0; i < v.length; i++) {
				v[i] += w[i];
			}
		}
		return new Tally(key, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
				v[14], v[15], v[16], v[17], v[18], v[19], v[20]);
	}

}
