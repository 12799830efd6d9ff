package org.motcua.dossier.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.motcua.account.StaffAccount;
import org.motcua.account.StaffDirectory;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.organization.Agency;
import org.motcua.organization.Department;
import org.motcua.organization.Organization;
import org.motcua.shared.AgencyCode;

import org.springframework.stereotype.Component;

/**
 * The names the staff pages show for the codes a dossier holds (procedures, agencies,
 * departments, officers) and its instants in the province's zone. Each page asks through
 * a fresh {@link Lookup}, which remembers what it read for that one request.
 */
@Component
class DossierPageNames {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final Catalog catalog;

	private final Organization organization;

	private final StaffDirectory staff;

	private final ZoneId zone;

	DossierPageNames(Catalog catalog, Organization organization, StaffDirectory staff, DossierDesk desk) {
		this.catalog = catalog;
		this.organization = organization;
		this.staff = staff;
		this.zone = desk.zone();
	}

	ZoneId zone() {
		return this.zone;
	}

	/** An instant as pages show it ({@code 03/11/2023 09:32}), or an empty string. */
	String at(Instant instant) {
		return instant == null ? "" : AT.format(instant.atZone(this.zone));
	}

	Lookup lookup() {
		return new Lookup();
	}

	/** Names read for one request. */
	final class Lookup {

		private final Map<String, Optional<Procedure>> procedures = new HashMap<>();

		private final Map<String, String> agencies = new HashMap<>();

		private final Map<String, List<Department>> departments = new HashMap<>();

		private final Map<String, String> people = new HashMap<>();

		Optional<Procedure> procedure(String code, int version) {
			return this.procedures.computeIfAbsent(code + "@" + version, key -> ProcedureCode.isValid(code)
					? DossierPageNames.this.catalog.findVersion(ProcedureCode.of(code), version) : Optional.empty());
		}

		String procedureName(String code, int version) {
			return procedure(code, version).map(p -> p.definition().name()).orElse(code);
		}

		String agency(String code) {
			if (code == null) {
				return "";
			}
			return this.agencies.computeIfAbsent(code, c -> {
				try {
					return DossierPageNames.this.organization.findAgency(AgencyCode.of(c)).map(Agency::name).orElse(c);
				}
				catch (IllegalArgumentException ex) {
					return c;
				}
			});
		}

		List<Department> departments(String agency) {
			return this.departments.computeIfAbsent(agency, a -> {
				try {
					return DossierPageNames.this.organization.departmentsOf(AgencyCode.of(a));
				}
				catch (IllegalArgumentException ex) {
					return List.of();
				}
			});
		}

		String department(String agency, String department) {
			if (department == null || agency == null) {
				return "";
			}
			return departments(agency).stream()
				.filter(d -> d.code().equals(department))
				.map(Department::name)
				.findFirst()
				.orElse(department);
		}

		/** "Department — Agency", or the agency alone. */
		String unit(String agency, String department) {
			String name = agency(agency);
			return department == null ? name : department(agency, department) + " — " + name;
		}

		/** A step's unit as the dossier view writes it ({@code agency/department}). */
		String unit(String joined) {
			if (joined == null) {
				return "";
			}
			int slash = joined.indexOf('/');
			return slash < 0 ? unit(joined, null) : unit(joined.substring(0, slash), joined.substring(slash + 1));
		}

		String person(String username) {
			if (username == null) {
				return "";
			}
			return this.people.computeIfAbsent(username,
					u -> DossierPageNames.this.staff.findByUsername(u)
						.map(StaffAccount::displayName)
						.map(name -> name + " (" + u + ")")
						.orElse(u));
		}

	}

}
