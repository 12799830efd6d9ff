package org.motcua.dossier;

import java.util.Set;

import org.motcua.shared.Role;

/**
 * An officer as an assignment sees them: where they work (agency and department) and
 * their roles.
 */
record StaffMember(String username, String agency, String department, Set<Role> roles) {

	StaffMember {
		roles = Set.copyOf(roles);
	}

	/**
	 * Whether they work where the step is done: its agency and, when the step names one,
	 * its department.
	 */
	boolean worksAt(DossierStep step) {
		return this.agency != null && this.agency.equals(step.agency())
				&& (step.department() == null || step.department().equals(this.department));
	}

}
