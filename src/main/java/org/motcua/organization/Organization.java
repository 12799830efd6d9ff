package org.motcua.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;
import org.motcua.shared.UnitCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read about the organisation of the province: agencies and their
 * departments, and the tree of administrative units as it stood on any date. Every answer
 * is an immutable record; nothing here changes data.
 */
@Service
@Transactional(readOnly = true)
public class Organization {

	private final Units units;

	private final Agencies agencies;

	Organization(Units units, Agencies agencies) {
		this.units = units;
		this.agencies = agencies;
	}

	/** The agency with this code, whether or not it is still valid. */
	public Optional<Agency> findAgency(AgencyCode code) {
		return this.agencies.find(code);
	}

	/** The agencies valid on {@code asOf}, by code. */
	public List<Agency> agencies(LocalDate asOf) {
		return this.agencies.list(asOf, null);
	}

	/** The agencies of {@code level} valid on {@code asOf}, by code. */
	public List<Agency> agencies(LocalDate asOf, Level level) {
		return this.agencies.list(asOf, level);
	}

	/** The departments of an agency, by code (empty for an unknown agency). */
	public List<Department> departmentsOf(AgencyCode agency) {
		return this.agencies.departments(agency);
	}

	/**
	 * The units valid on {@code asOf}, each parent before its children (province,
	 * districts before 2025-07-01, communes), by code within a parent.
	 */
	public List<AdministrativeUnit> unitsAsOf(LocalDate asOf) {
		return this.units.tree().asOf(asOf).stream().map(UnitTree.Node::unit).toList();
	}

	/** The unit with this code if it was valid on {@code asOf}. */
	public Optional<AdministrativeUnit> findUnit(UnitCode code, LocalDate asOf) {
		return this.units.find(code).filter(unit -> unit.isValidOn(asOf));
	}

	/** The unit with this code, on whatever dates it was valid. */
	public Optional<AdministrativeUnit> findUnit(UnitCode code) {
		return this.units.find(code);
	}

	/**
	 * The unit that took over the tasks of an ended unit, as the administrator keeps it;
	 * empty while the unit exists, or when nobody was named (a dissolved district).
	 */
	public Optional<UnitCode> successorOf(UnitCode code) {
		return this.units.find(code).map(AdministrativeUnit::successor);
	}

	/** The merges, splits and renames in which the unit took part. */
	public List<UnitLineage> lineageOf(UnitCode code) {
		return this.units.lineage()
			.stream()
			.filter(link -> link.predecessor().equals(code) || link.successor().equals(code))
			.toList();
	}

}
