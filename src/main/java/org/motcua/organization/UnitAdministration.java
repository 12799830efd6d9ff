package org.motcua.organization;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.motcua.shared.Level;
import org.motcua.shared.Origin;
import org.motcua.shared.UnitCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the tree of administrative units: creating a unit, merging units into a new
 * one, splitting one, dissolving one, keeping the successor map, importing a CSV file.
 * Each change is checked against the whole tree, stored and announced in one transaction.
 */
@Service
class UnitAdministration {

	static final List<String> COLUMNS = List.of("code", "name", "level", "parent_code", "valid_from", "valid_to");

	private final Units units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UnitAdministration(Units units, ApplicationEventPublisher events, Clock clock) {
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	AdministrativeUnit create(AdministrativeUnit unit) {
		UnitTree tree = this.units.tree();
		AdministrativeUnit created = tree.add(unit);
		try {
			store(tree);
		}
		catch (DuplicateKeyException ex) {
			throw OrganizationRefused.conflict("code", "unit.code-taken", unit.code());
		}
		return created;
	}

	@Transactional
	void merge(List<UnitCode> predecessors, AdministrativeUnit successor) {
		UnitTree tree = this.units.tree();
		tree.merge(predecessors, successor);
		store(tree);
		this.events.publishEvent(new UnitsMerged(List.copyOf(predecessors), successor.code(), successor.validFrom(),
				Origin.current(this.clock)));
	}

	@Transactional
	void split(UnitCode predecessor, List<AdministrativeUnit> parts) {
		UnitTree tree = this.units.tree();
		tree.split(predecessor, parts);
		store(tree);
		this.events.publishEvent(new UnitSplit(predecessor, parts.stream().map(AdministrativeUnit::code).toList(),
				parts.get(0).validFrom(), Origin.current(this.clock)));
	}

	@Transactional
	void dissolve(UnitCode code, LocalDate on) {
		UnitTree tree = this.units.tree();
		tree.dissolve(code, on);
		store(tree);
	}

	/**
	 * Sets (or, with {@code null}, clears) the unit that took over an ended unit's tasks.
	 */
	@Transactional
	void succeed(UnitCode code, UnitCode successor) {
		UnitTree tree = this.units.tree();
		tree.succeed(code, successor);
		store(tree);
	}

	/**
	 * Imports units from CSV ({@code code,name,level,parent_code,valid_from,valid_to} and
	 * an optional {@code predecessors} column listing the codes a unit came from). Every
	 * row is checked first, against the stored tree and the rows above it; if any is bad
	 * nothing is stored and the report lists every error.
	 */
	@Transactional
	ImportReport importCsv(InputStream csv) throws IOException {
		List<CsvTable.Row> rows;
		try {
			rows = CsvTable.read(csv, COLUMNS);
		}
		catch (CsvTable.Unreadable ex) {
			return ImportReport.refused(List.of(ex.asError()));
		}
		UnitTree tree = this.units.tree();
		List<ImportReport.RowError> errors = new ArrayList<>();
		Map<UnitCode, List<UnitCode>> links = new LinkedHashMap<>();
		Map<UnitCode, Integer> rowOf = new LinkedHashMap<>();
		for (CsvTable.Row row : rows) {
			List<ImportReport.RowError> rowErrors = new ArrayList<>();
			AdministrativeUnit unit = parse(row, rowErrors);
			if (unit != null) {
				try {
					tree.add(unit);
					rowOf.put(unit.code(), row.number());
					List<UnitCode> predecessors = predecessors(row, rowErrors);
					for (UnitCode predecessor : predecessors) {
						tree.checkLink(predecessor, unit.code());
					}
					if (!predecessors.isEmpty()) {
						links.put(unit.code(), predecessors);
					}
				}
				catch (OrganizationRefused ex) {
					rowErrors.add(error(row.number(), ex));
				}
			}
			errors.addAll(rowErrors);
		}
		if (errors.isEmpty()) {
			try {
				tree.link(links);
			}
			catch (OrganizationRefused ex) {
				errors.add(error(rowOf.getOrDefault(ex.arguments().length > 1 ? ex.arguments()[1] : null, 0), ex));
			}
		}
		if (!errors.isEmpty()) {
			return ImportReport.refused(errors);
		}
		UnitTree.Changes changes = tree.changes();
		store(tree);
		this.events.publishEvent(new UnitsImported(changes.created().size(), Origin.current(this.clock)));
		return ImportReport.done(changes.created().size());
	}

	private void store(UnitTree tree) {
		UnitTree.Changes changes = tree.changes();
		this.units.store(changes);
		Origin origin = Origin.current(this.clock);
		for (AdministrativeUnit unit : changes.created()) {
			this.events.publishEvent(new UnitCreated(unit.code(), unit.name(), unit.level(), unit.parent(),
					unit.validFrom(), unit.validTo(), origin));
		}
		for (AdministrativeUnit unit : changes.changed()) {
			this.events
				.publishEvent(new UnitChanged(unit.code(), unit.name(), unit.validTo(), unit.successor(), origin));
		}
	}

	private static AdministrativeUnit parse(CsvTable.Row row, List<ImportReport.RowError> errors) {
		UnitCode code = code(row, "code", errors);
		String name = row.get("name");
		if (name == null) {
			errors.add(new ImportReport.RowError(row.number(), "name", "organization.error.unit.name-required"));
		}
		Level level = level(row, errors);
		UnitCode parent = row.get("parent_code") == null ? null : code(row, "parent_code", errors);
		LocalDate from = date(row, "valid_from", true, errors);
		LocalDate to = date(row, "valid_to", false, errors);
		if (code == null || name == null || level == null || from == null || !errors.isEmpty()) {
			return null;
		}
		return new AdministrativeUnit(code, name, level, parent, from, to, null);
	}

	private static List<UnitCode> predecessors(CsvTable.Row row, List<ImportReport.RowError> errors) {
		String value = row.get("predecessors");
		if (value == null) {
			return List.of();
		}
		List<UnitCode> codes = new ArrayList<>();
		for (String part : value.split("[\\s,;|]+")) {
			try {
				codes.add(UnitCode.of(part));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new ImportReport.RowError(row.number(), "predecessors",
						"organization.error.import.unit-code-invalid", part));
			}
		}
		return codes;
	}

	static UnitCode code(CsvTable.Row row, String column, List<ImportReport.RowError> errors) {
		String value = row.get(column);
		try {
			return UnitCode.of(value);
		}
		catch (RuntimeException ex) {
			errors.add(new ImportReport.RowError(row.number(), column, "organization.error.import.unit-code-invalid",
					value == null ? "" : value));
			return null;
		}
	}

	static Level level(CsvTable.Row row, List<ImportReport.RowError> errors) {
		String value = row.get("level");
		try {
			return Level.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (RuntimeException ex) {
			errors.add(new ImportReport.RowError(row.number(), "level", "organization.error.import.level-invalid",
					value == null ? "" : value));
			return null;
		}
	}

	static LocalDate date(CsvTable.Row row, String column, boolean required, List<ImportReport.RowError> errors) {
		String value = row.get(column);
		if (value == null) {
			if (required) {
				errors.add(new ImportReport.RowError(row.number(), column, "organization.error.import.date-required"));
			}
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors
				.add(new ImportReport.RowError(row.number(), column, "organization.error.import.date-invalid", value));
			return null;
		}
	}

	static ImportReport.RowError error(int row, OrganizationRefused ex) {
		return new ImportReport.RowError(row, column(ex.field()), ex.messageKey(), ex.arguments());
	}

	static String column(String field) {
		return switch (field) {
			case "parent" -> "parent_code";
			case "unit" -> "unit_code";
			case "validFrom" -> "valid_from";
			case "validTo" -> "valid_to";
			default -> field;
		};
	}

}
