package org.motcua.account;

import java.time.Clock;
import java.time.LocalDate;

import org.motcua.organization.Organization;
import org.motcua.shared.AgencyCode;

import org.springframework.stereotype.Component;

/**
 * The agencies and departments staff accounts and desks may be scoped to, as the
 * organization module knows them: an agency must be in force today, a department must
 * belong to it.
 */
@Component
class AgencyDirectory {

	private final Organization organization;

	private final Clock clock;

	AgencyDirectory(Organization organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
	}

	boolean exists(AgencyCode agency) {
		LocalDate today = LocalDate.now(this.clock);
		return agency != null
				&& this.organization.findAgency(agency).filter(found -> found.isValidOn(today)).isPresent();
	}

	boolean hasDepartment(AgencyCode agency, String department) {
		return this.organization.departmentsOf(agency).stream().anyMatch(d -> d.code().equals(department));
	}

}
