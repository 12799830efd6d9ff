package org.motcua.statistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.motcua.organization.AdministrativeUnit;
import org.motcua.organization.Organization;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.UnitCode;

import org.springframework.stereotype.Component;

/**
 * Cuts the figures by the administrative tree of a date. A dossier keeps the unit it was
 * filed under; in the tree of {@code asOf} it counts under that unit if it exists then,
 * else under the unit the administrators' successor map names (followed as far as it
 * goes), else under its nearest parent that exists then (a dissolved district without a
 * named successor counts under its province). A unit that did not exist yet on
 * {@code asOf} counts under its parent the same way.
 */
@Component
class UnitCut {

	private final Organization organization;

	UnitCut(Organization organization) {
		this.organization = organization;
	}

	/**
	 * Of the units dossiers were filed under, those that count under the query's unit and
	 * level in the tree of its {@code asOf}; empty when the query cuts by neither.
	 * Refuses a unit that does not exist on {@code asOf}
	 * ({@code statistics.unknown-unit}).
	 */
	Optional<Set<String>> filedUnits(IndicatorQuery query, List<String> filed) {
		if (query.unit() == null && query.level() == null) {
			return Optional.empty();
		}
		if (query.unit() != null && (!isUnitCode(query.unit())
				|| this.organization.findUnit(UnitCode.of(query.unit()), query.asOf()).isEmpty())) {
			throw RequestRefused.invalid("statistics.unknown-unit", query.unit(), query.asOf());
		}
		Map<String, AdministrativeUnit> tree = tree(query.asOf());
		Set<String> matching = new HashSet<>();
		for (String code : filed) {
			AdministrativeUnit unit = tree.get(resolve(code, query.asOf(), tree));
			if (unit != null && (query.level() == null || unit.level() == query.level())
					&& (query.unit() == null || within(unit, query.unit(), tree))) {
				matching.add(code);
			}
		}
		return Optional.of(matching);
	}

	/** The units of the tree of {@code asOf}, by code. */
	Map<String, AdministrativeUnit> tree(LocalDate asOf) {
		Map<String, AdministrativeUnit> tree = new HashMap<>();
		this.organization.unitsAsOf(asOf).forEach(u -> tree.put(u.code().value(), u));
		return tree;
	}

	/**
	 * The same as {@link #resolve(String, LocalDate)}, {@code tree} being the tree of
	 * {@code asOf}: a unit of the tree is its own answer, without looking it up again.
	 */
	String resolve(String filed, LocalDate asOf, Map<String, AdministrativeUnit> tree) {
		return tree.containsKey(filed) ? filed : resolve(filed, asOf);
	}

	/**
	 * The unit of the tree of {@code asOf} a dossier filed under {@code filed} counts
	 * under, or null.
	 */
	String resolve(String filed, LocalDate asOf) {
		Optional<AdministrativeUnit> unit = isUnitCode(filed) ? this.organization.findUnit(UnitCode.of(filed))
				: Optional.empty();
		for (int hops = 0; unit.isPresent() && hops < 20; hops++) {
			AdministrativeUnit u = unit.get();
			if (u.isValidOn(asOf)) {
				return u.code().value();
			}
			UnitCode next = u.successor() != null ? u.successor() : u.parent();
			unit = next == null ? Optional.empty() : this.organization.findUnit(next);
		}
		return null;
	}

	private static boolean isUnitCode(String code) {
		return code.matches("[0-9]{2}|[0-9]{3}|[0-9]{5}");
	}

	private static boolean within(AdministrativeUnit unit, String ancestor, Map<String, AdministrativeUnit> tree) {
		for (AdministrativeUnit u = unit; u != null; u = u.parent() == null ? null : tree.get(u.parent().value())) {
			if (u.code().value().equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

}
