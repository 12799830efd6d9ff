package org.motcua.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.motcua.shared.Level;
import org.motcua.shared.UnitCode;

/**
 * The effective-dated tree of administrative units, in memory, with its rules: a code is
 * never reused, a unit's level fits its code and its parent's level, a child lies within
 * its parent's validity, no district exists from 2025-07-01 (Resolution 202/2025/QH15),
 * and a unit ends only when nothing below it outlives it. Changes are checked in full
 * before they are applied, and collected for the repository to store.
 */
class UnitTree {

	/** The day the district level ceased to exist (Resolution 202/2025/QH15). */
	static final LocalDate DISTRICTS_ABOLISHED = LocalDate.of(2025, 7, 1);

	/** A unit and its depth in the tree of some date. */
	record Node(AdministrativeUnit unit, int depth) {
	}

	/** What changed since the tree was loaded: new units, changed units, new lineage. */
	record Changes(List<AdministrativeUnit> created, List<AdministrativeUnit> changed, List<UnitLineage> lineage) {

		boolean isEmpty() {
			return this.created.isEmpty() && this.changed.isEmpty() && this.lineage.isEmpty();
		}

	}

	private final Map<UnitCode, AdministrativeUnit> units = new LinkedHashMap<>();

	private final List<UnitLineage> lineage = new ArrayList<>();

	private final Set<UnitCode> created = new java.util.LinkedHashSet<>();

	private final Set<UnitCode> changed = new java.util.LinkedHashSet<>();

	private final List<UnitLineage> newLineage = new ArrayList<>();

	UnitTree(Collection<AdministrativeUnit> units, Collection<UnitLineage> lineage) {
		units.forEach(unit -> this.units.put(unit.code(), unit));
		this.lineage.addAll(lineage);
	}

	Optional<AdministrativeUnit> find(UnitCode code) {
		return Optional.ofNullable(this.units.get(code));
	}

	/** Adds a new unit, refusing a reused code and anything that breaks the tree. */
	AdministrativeUnit add(AdministrativeUnit unit) {
		checkNew(unit);
		AdministrativeUnit stored = unit.succeededBy(null);
		this.units.put(stored.code(), stored);
		this.created.add(stored.code());
		return stored;
	}

	/**
	 * Merges {@code predecessors} into the new unit {@code successor} from its
	 * {@code validFrom}: they end that day, their lineage and successor are recorded.
	 */
	void merge(List<UnitCode> predecessors, AdministrativeUnit successor) {
		if (predecessors.size() < 2 || new HashSet<>(predecessors).size() != predecessors.size()) {
			throw OrganizationRefused.invalid("predecessors", "unit.merge-needs-two");
		}
		checkNew(successor);
		for (UnitCode code : predecessors) {
			AdministrativeUnit predecessor = checkClosable(code, successor.validFrom(), "predecessors");
			if (predecessor.level() != successor.level()) {
				throw OrganizationRefused.invalid("predecessors", "unit.merge-level", code, successor.level());
			}
		}
		add(successor);
		for (UnitCode code : predecessors) {
			replace(this.units.get(code).endingOn(successor.validFrom()).succeededBy(successor.code()));
			record(new UnitLineage(code, successor.code(), LineageKind.MERGE, successor.validFrom()));
		}
	}

	/**
	 * Splits {@code predecessor} into the new units {@code parts}, which all begin on the
	 * day it ends. No successor is set: the administrator decides who takes over.
	 */
	void split(UnitCode predecessor, List<AdministrativeUnit> parts) {
		if (parts.size() < 2) {
			throw OrganizationRefused.invalid("parts", "unit.split-needs-two");
		}
		LocalDate on = parts.get(0).validFrom();
		AdministrativeUnit old = checkClosable(predecessor, on, "predecessors");
		Set<UnitCode> codes = new HashSet<>();
		for (AdministrativeUnit part : parts) {
			if (!part.validFrom().equals(on)) {
				throw OrganizationRefused.invalid("validFrom", "unit.split-dates", part.code(), on);
			}
			if (part.level() != old.level()) {
				throw OrganizationRefused.invalid("level", "unit.merge-level", part.code(), old.level());
			}
			if (!codes.add(part.code())) {
				throw OrganizationRefused.conflict("code", "unit.code-taken", part.code());
			}
			checkNew(part);
		}
		replace(old.endingOn(on));
		for (AdministrativeUnit part : parts) {
			add(part);
			record(new UnitLineage(predecessor, part.code(), LineageKind.SPLIT, on));
		}
	}

	/** Ends a unit without a successor unit (a dissolved district). */
	void dissolve(UnitCode code, LocalDate on) {
		replace(checkClosable(code, on, "code").endingOn(on));
	}

	/** Sets the administrator-kept successor of an ended unit. */
	void succeed(UnitCode code, UnitCode successorCode) {
		AdministrativeUnit unit = find(code)
			.orElseThrow(() -> OrganizationRefused.invalid("code", "unit.unknown", code));
		if (successorCode == null) {
			replace(unit.succeededBy(null));
			return;
		}
		AdministrativeUnit successor = find(successorCode)
			.orElseThrow(() -> OrganizationRefused.invalid("successor", "unit.unknown", successorCode));
		if (unit.validTo() == null) {
			throw OrganizationRefused.invalid("successor", "unit.still-valid", code);
		}
		if (successor.code().equals(code) || !successor.isValidOn(unit.validTo())) {
			throw OrganizationRefused.invalid("successor", "unit.successor-not-valid", successorCode, unit.validTo());
		}
		replace(unit.succeededBy(successorCode));
	}

	/** Corrects a unit's name in place (no new unit, no lineage). */
	void rename(UnitCode code, String name) {
		AdministrativeUnit unit = find(code)
			.orElseThrow(() -> OrganizationRefused.invalid("code", "unit.unknown", code));
		if (name == null || name.isBlank()) {
			throw OrganizationRefused.invalid("name", "unit.name-required");
		}
		replace(unit.named(name.strip()));
	}

	/**
	 * Checks that {@code predecessor} ended the day {@code successor} began, so that the
	 * two may be linked by {@link #link}.
	 */
	void checkLink(UnitCode predecessor, UnitCode successor) {
		AdministrativeUnit old = find(predecessor)
			.orElseThrow(() -> OrganizationRefused.invalid("predecessors", "unit.unknown", predecessor));
		AdministrativeUnit next = find(successor)
			.orElseThrow(() -> OrganizationRefused.invalid("code", "unit.unknown", successor));
		if (old.validTo() == null || !old.validTo().equals(next.validFrom())) {
			throw OrganizationRefused.invalid("predecessors", "unit.lineage-dates", predecessor, next.validFrom());
		}
		if (old.level() != next.level()) {
			throw OrganizationRefused.invalid("predecessors", "unit.merge-level", predecessor, next.level());
		}
	}

	/**
	 * Records links between units that ended and units that began on the same day, each
	 * checked by {@link #checkLink}: a predecessor with several successors was split, a
	 * successor with several predecessors was merged, otherwise it was renamed. Merged
	 * and renamed units get their successor set.
	 */
	void link(Map<UnitCode, List<UnitCode>> predecessorsBySuccessor) {
		Map<UnitCode, Integer> successorsPerPredecessor = new LinkedHashMap<>();
		predecessorsBySuccessor.values()
			.forEach(list -> list.forEach(p -> successorsPerPredecessor.merge(p, 1, Integer::sum)));
		predecessorsBySuccessor.forEach((successor, predecessors) -> {
			for (UnitCode predecessor : predecessors) {
				checkLink(predecessor, successor);
				LineageKind kind = successorsPerPredecessor.get(predecessor) > 1 ? LineageKind.SPLIT
						: predecessors.size() > 1 ? LineageKind.MERGE : LineageKind.RENAME;
				LocalDate on = this.units.get(successor).validFrom();
				record(new UnitLineage(predecessor, successor, kind, on));
				if (kind != LineageKind.SPLIT) {
					replace(this.units.get(predecessor).succeededBy(successor));
				}
			}
		});
	}

	/** The units valid on {@code date}, parents before their children, by code. */
	List<Node> asOf(LocalDate date) {
		List<AdministrativeUnit> valid = this.units.values()
			.stream()
			.filter(unit -> unit.isValidOn(date))
			.sorted(Comparator.comparing(unit -> unit.code().value()))
			.toList();
		Set<UnitCode> validCodes = new HashSet<>();
		valid.forEach(unit -> validCodes.add(unit.code()));
		List<Node> nodes = new ArrayList<>();
		valid.stream()
			.filter(unit -> unit.parent() == null || !validCodes.contains(unit.parent()))
			.forEach(root -> visit(root, 0, valid, nodes));
		return nodes;
	}

	private void visit(AdministrativeUnit unit, int depth, List<AdministrativeUnit> valid, List<Node> nodes) {
		nodes.add(new Node(unit, depth));
		valid.stream()
			.filter(child -> unit.code().equals(child.parent()))
			.forEach(child -> visit(child, depth + 1, valid, nodes));
	}

	/** The links in which {@code code} is the predecessor or the successor. */
	List<UnitLineage> lineageOf(UnitCode code) {
		return this.lineage.stream()
			.filter(link -> link.predecessor().equals(code) || link.successor().equals(code))
			.toList();
	}

	Changes changes() {
		List<AdministrativeUnit> changedUnits = this.changed.stream()
			.filter(code -> !this.created.contains(code))
			.map(this.units::get)
			.toList();
		return new Changes(this.created.stream().map(this.units::get).toList(), changedUnits,
				List.copyOf(this.newLineage));
	}

	private void replace(AdministrativeUnit unit) {
		this.units.put(unit.code(), unit);
		this.changed.add(unit.code());
	}

	private void record(UnitLineage link) {
		boolean known = this.lineage.stream()
			.anyMatch(l -> l.predecessor().equals(link.predecessor()) && l.successor().equals(link.successor()));
		if (known) {
			throw OrganizationRefused.conflict("predecessors", "unit.lineage-exists", link.predecessor(),
					link.successor());
		}
		this.lineage.add(link);
		this.newLineage.add(link);
	}

	private void checkNew(AdministrativeUnit unit) {
		if (this.units.containsKey(unit.code())) {
			throw OrganizationRefused.conflict("code", "unit.code-taken", unit.code());
		}
		if (unit.name() == null || unit.name().isBlank()) {
			throw OrganizationRefused.invalid("name", "unit.name-required");
		}
		if (unit.code().value().length() != codeLength(unit.level())) {
			throw OrganizationRefused.invalid("level", "unit.level-mismatch", unit.code(), unit.level());
		}
		if (unit.validTo() != null && !unit.validTo().isAfter(unit.validFrom())) {
			throw OrganizationRefused.invalid("validTo", "unit.dates-invalid", unit.validFrom(), unit.validTo());
		}
		if (unit.level() == Level.DISTRICT && (unit.validTo() == null || unit.validTo().isAfter(DISTRICTS_ABOLISHED))) {
			throw OrganizationRefused.invalid("validTo", "unit.district-abolished", DISTRICTS_ABOLISHED);
		}
		checkParent(unit);
	}

	private void checkParent(AdministrativeUnit unit) {
		if (unit.level() == Level.PROVINCE) {
			if (unit.parent() != null) {
				throw OrganizationRefused.invalid("parent", "unit.province-has-parent");
			}
			return;
		}
		if (unit.parent() == null) {
			throw OrganizationRefused.invalid("parent", "unit.parent-required");
		}
		AdministrativeUnit parent = find(unit.parent())
			.orElseThrow(() -> OrganizationRefused.invalid("parent", "unit.parent-unknown", unit.parent()));
		boolean levelFits = parent.level() == Level.PROVINCE
				|| (parent.level() == Level.DISTRICT && unit.level() == Level.COMMUNE);
		if (!levelFits) {
			throw OrganizationRefused.invalid("parent", "unit.parent-level", parent.code(), unit.level());
		}
		if (unit.validFrom().isBefore(parent.validFrom())) {
			throw OrganizationRefused.invalid("validFrom", "unit.outside-parent", parent.code(), parent.validFrom(),
					parent.validTo() == null ? "…" : parent.validTo());
		}
		if (parent.validTo() != null && (unit.validTo() == null || unit.validTo().isAfter(parent.validTo()))) {
			throw OrganizationRefused.invalid("validTo", "unit.outside-parent", parent.code(), parent.validFrom(),
					parent.validTo());
		}
	}

	private AdministrativeUnit checkClosable(UnitCode code, LocalDate on, String field) {
		AdministrativeUnit unit = find(code)
			.orElseThrow(() -> OrganizationRefused.invalid(field, "unit.unknown", code));
		if (!unit.isValidOn(on.minusDays(1)) || (unit.validTo() != null && unit.validTo().isBefore(on))) {
			throw OrganizationRefused.invalid(field, "unit.not-valid-before", code, on);
		}
		this.units.values()
			.stream()
			.filter(child -> code.equals(child.parent()) && (child.validTo() == null || child.validTo().isAfter(on)))
			.findFirst()
			.ifPresent(child -> {
				throw OrganizationRefused.invalid(field, "unit.has-children", code, child.code());
			});
		return unit;
	}

	private static int codeLength(Level level) {
		return switch (level) {
			case PROVINCE -> 2;
			case DISTRICT -> 3;
			case COMMUNE -> 5;
		};
	}

}
