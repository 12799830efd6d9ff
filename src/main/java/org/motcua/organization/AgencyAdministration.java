package org.motcua.organization;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;
import org.motcua.shared.Origin;
import org.motcua.shared.Role;
import org.motcua.shared.UnitCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to agencies and their departments. A province administrator creates and changes
 * any agency; an agency administrator changes only their own agency's name and
 * departments. An agency's code is never reused, its level is its unit's level, and it
 * lies within its unit's validity.
 */
@Service
class AgencyAdministration {

	static final List<String> COLUMNS = List.of("code", "name", "level", "unit_code", "valid_from", "valid_to");

	static final List<String> DEPARTMENT_COLUMNS = List.of("agency_code", "code", "name");

	private final Agencies agencies;

	private final Units units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgencyAdministration(Agencies agencies, Units units, ApplicationEventPublisher events, Clock clock) {
		this.agencies = agencies;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	/** Creates an agency; province administrators only. */
	@Transactional
	Agency create(Agency agency) {
		if (!Actor.current().map(actor -> actor.has(Role.PROVINCE_ADMIN)).orElse(false)) {
			throw new AccessDeniedException("Only a province administrator creates agencies");
		}
		check(agency, this.units.tree(), this.agencies::exists);
		try {
			store(agency);
		}
		catch (DuplicateKeyException ex) {
			throw OrganizationRefused.conflict("code", "agency.code-taken", agency.code());
		}
		return agency;
	}

	/**
	 * Renames an agency and (province administrators only) changes its end date.
	 */
	@Transactional
	Agency change(AgencyCode code, String name, LocalDate validTo) {
		requireMayAdminister(code);
		Agency agency = this.agencies.find(code)
			.orElseThrow(() -> OrganizationRefused.invalid("code", "agency.unknown", code));
		if (!Objects.equals(validTo, agency.validTo())
				&& !Actor.current().map(actor -> actor.has(Role.PROVINCE_ADMIN)).orElse(false)) {
			throw new AccessDeniedException("Only a province administrator ends an agency");
		}
		Agency changed = new Agency(code, name == null ? null : name.strip(), agency.level(), agency.unit(),
				agency.validFrom(), validTo);
		check(changed, this.units.tree(), taken -> false);
		this.agencies.update(changed);
		this.events.publishEvent(new AgencyChanged(code, changed.name(), validTo, Origin.current(this.clock)));
		return changed;
	}

	@Transactional
	Department addDepartment(AgencyCode agency, String code, String name) {
		requireMayAdminister(agency);
		if (this.agencies.find(agency).isEmpty()) {
			throw OrganizationRefused.invalid("agency", "agency.unknown", agency);
		}
		Department department = checkDepartment(agency, code, name);
		if (this.agencies.department(agency, department.code()).isPresent()) {
			throw OrganizationRefused.conflict("code", "department.code-taken", department.code());
		}
		this.agencies.insert(department);
		this.events.publishEvent(
				new DepartmentCreated(agency, department.code(), department.name(), Origin.current(this.clock)));
		return department;
	}

	@Transactional
	Department renameDepartment(AgencyCode agency, String code, String name) {
		requireMayAdminister(agency);
		Department department = checkDepartment(agency, code, name);
		if (this.agencies.department(agency, department.code()).isEmpty()) {
			throw OrganizationRefused.invalid("code", "department.unknown", department.code());
		}
		this.agencies.update(department);
		this.events.publishEvent(
				new DepartmentChanged(agency, department.code(), department.name(), Origin.current(this.clock)));
		return department;
	}

	/**
	 * Imports agencies from CSV ({@code code,name,level,unit_code,valid_from,valid_to}):
	 * every row checked first, nothing stored if any is bad.
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
		Set<AgencyCode> inFile = new HashSet<>();
		List<Agency> accepted = new ArrayList<>();
		List<ImportReport.RowError> errors = new ArrayList<>();
		for (CsvTable.Row row : rows) {
			List<ImportReport.RowError> rowErrors = new ArrayList<>();
			Agency agency = parse(row, rowErrors);
			if (agency != null) {
				try {
					check(agency, tree, code -> inFile.contains(code) || this.agencies.exists(code));
					inFile.add(agency.code());
					accepted.add(agency);
				}
				catch (OrganizationRefused ex) {
					rowErrors.add(UnitAdministration.error(row.number(), ex));
				}
			}
			errors.addAll(rowErrors);
		}
		if (!errors.isEmpty()) {
			return ImportReport.refused(errors);
		}
		accepted.forEach(this::store);
		this.events.publishEvent(new AgenciesImported(accepted.size(), Origin.current(this.clock)));
		return ImportReport.done(accepted.size());
	}

	/**
	 * Imports departments from CSV ({@code agency_code,code,name}), all or nothing.
	 */
	@Transactional
	ImportReport importDepartments(InputStream csv) throws IOException {
		List<CsvTable.Row> rows;
		try {
			rows = CsvTable.read(csv, DEPARTMENT_COLUMNS);
		}
		catch (CsvTable.Unreadable ex) {
			return ImportReport.refused(List.of(ex.asError()));
		}
		Set<String> inFile = new HashSet<>();
		List<Department> accepted = new ArrayList<>();
		List<ImportReport.RowError> errors = new ArrayList<>();
		for (CsvTable.Row row : rows) {
			try {
				AgencyCode agency = agencyCode(row.get("agency_code"), "agency_code");
				if (this.agencies.find(agency).isEmpty()) {
					throw OrganizationRefused.invalid("agency_code", "agency.unknown", agency);
				}
				Department department = checkDepartment(agency, row.get("code"), row.get("name"));
				if (!inFile.add(agency + "/" + department.code())
						|| this.agencies.department(agency, department.code()).isPresent()) {
					throw OrganizationRefused.conflict("code", "department.code-taken", department.code());
				}
				accepted.add(department);
			}
			catch (OrganizationRefused ex) {
				errors.add(UnitAdministration.error(row.number(), ex));
			}
		}
		if (!errors.isEmpty()) {
			return ImportReport.refused(errors);
		}
		Origin origin = Origin.current(this.clock);
		for (Department department : accepted) {
			this.agencies.insert(department);
			this.events
				.publishEvent(new DepartmentCreated(department.agency(), department.code(), department.name(), origin));
		}
		return ImportReport.done(accepted.size());
	}

	/**
	 * The rules of an agency, against the tree of units and the codes already taken.
	 */
	static void check(Agency agency, UnitTree tree, Predicate<AgencyCode> taken) {
		if (taken.test(agency.code())) {
			throw OrganizationRefused.conflict("code", "agency.code-taken", agency.code());
		}
		if (agency.name() == null || agency.name().isBlank()) {
			throw OrganizationRefused.invalid("name", "agency.name-required");
		}
		if (agency.validTo() != null && !agency.validTo().isAfter(agency.validFrom())) {
			throw OrganizationRefused.invalid("validTo", "agency.dates-invalid", agency.validFrom(), agency.validTo());
		}
		AdministrativeUnit unit = tree.find(agency.unit())
			.orElseThrow(() -> OrganizationRefused.invalid("unit", "agency.unit-unknown", agency.unit()));
		if (unit.level() != agency.level()) {
			throw OrganizationRefused.invalid("level", "agency.level-mismatch", unit.code(), unit.level());
		}
		boolean startsInside = !agency.validFrom().isBefore(unit.validFrom());
		boolean endsInside = unit.validTo() == null
				|| (agency.validTo() != null && !agency.validTo().isAfter(unit.validTo()));
		if (!startsInside || !endsInside) {
			throw OrganizationRefused.invalid(startsInside ? "validTo" : "validFrom", "agency.outside-unit",
					unit.code(), unit.validFrom(), unit.validTo() == null ? "…" : unit.validTo());
		}
	}

	private void store(Agency agency) {
		this.agencies.insert(agency);
		this.events.publishEvent(new AgencyCreated(agency.code(), agency.name(), agency.level(), agency.unit(),
				agency.validFrom(), agency.validTo(), Origin.current(this.clock)));
	}

	private static Department checkDepartment(AgencyCode agency, String code, String name) {
		String trimmed = code == null ? "" : code.strip();
		if (!trimmed.matches("[A-Z0-9_-]{1,50}")) {
			throw OrganizationRefused.invalid("code", "department.code-invalid", trimmed);
		}
		if (name == null || name.isBlank()) {
			throw OrganizationRefused.invalid("name", "department.name-required");
		}
		return new Department(agency, trimmed, name.strip());
	}

	private static void requireMayAdminister(AgencyCode code) {
		boolean may = Actor.current()
			.map(actor -> actor.has(Role.PROVINCE_ADMIN) || (actor.has(Role.AGENCY_ADMIN) && actor.mayActFor(code)))
			.orElse(false);
		if (!may) {
			throw new AccessDeniedException("Not an administrator of " + code);
		}
	}

	private static Agency parse(CsvTable.Row row, List<ImportReport.RowError> errors) {
		AgencyCode code = null;
		try {
			code = agencyCode(row.get("code"), "code");
		}
		catch (OrganizationRefused ex) {
			errors.add(UnitAdministration.error(row.number(), ex));
		}
		String name = row.get("name");
		if (name == null) {
			errors.add(new ImportReport.RowError(row.number(), "name", "organization.error.agency.name-required"));
		}
		Level level = UnitAdministration.level(row, errors);
		UnitCode unit = UnitAdministration.code(row, "unit_code", errors);
		LocalDate from = UnitAdministration.date(row, "valid_from", true, errors);
		LocalDate to = UnitAdministration.date(row, "valid_to", false, errors);
		if (!errors.isEmpty()) {
			return null;
		}
		return new Agency(code, name, level, unit, from, to);
	}

	private static AgencyCode agencyCode(String value, String field) {
		try {
			return AgencyCode.of(value);
		}
		catch (RuntimeException ex) {
			throw OrganizationRefused.invalid(field, "agency.code-invalid", value == null ? "" : value);
		}
	}

}
