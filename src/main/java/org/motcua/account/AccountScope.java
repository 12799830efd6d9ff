package org.motcua.account;

import java.util.EnumSet;
import java.util.Set;

import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Role;

/**
 * Who may administer which accounts. A province administrator manages every staff
 * account; an agency administrator only those of their own agency, may not move one to
 * another agency, and may not grant the roles that reach beyond an agency
 * ({@link #PROVINCE_ROLES}). Nobody else administers accounts. Citizen accounts are
 * managed by province administrators only.
 */
final class AccountScope {

	/** Roles only a province administrator may grant. */
	static final Set<Role> PROVINCE_ROLES = EnumSet.of(Role.PROVINCE_ADMIN, Role.AUDITOR, Role.STATISTICS_VIEWER,
			Role.LEADER);

	private AccountScope() {
	}

	static boolean isAdministrator(Actor actor) {
		return actor.has(Role.PROVINCE_ADMIN) || actor.has(Role.AGENCY_ADMIN);
	}

	/**
	 * The agency whose accounts the actor sees, or {@code null} for all of them.
	 * @throws IllegalStateException if the actor administers no accounts
	 */
	static AgencyCode visibleAgency(Actor actor) {
		if (actor.has(Role.PROVINCE_ADMIN)) {
			return null;
		}
		if (actor.has(Role.AGENCY_ADMIN) && actor.agency() != null) {
			return actor.agency();
		}
		throw new IllegalStateException("Not an administrator: " + actor.username());
	}

	/** Whether the actor may see and manage an account of that agency. */
	static boolean mayManage(Actor actor, AgencyCode accountAgency) {
		if (actor.has(Role.PROVINCE_ADMIN)) {
			return true;
		}
		return actor.has(Role.AGENCY_ADMIN) && actor.agency() != null && actor.agency().equals(accountAgency);
	}

	/** Whether the actor may give an account of {@code agency} exactly these roles. */
	static boolean mayGrant(Actor actor, AgencyCode agency, Set<Role> roles) {
		if (roles.contains(Role.CITIZEN) || !mayManage(actor, agency)) {
			return false;
		}
		return actor.has(Role.PROVINCE_ADMIN) || roles.stream().noneMatch(PROVINCE_ROLES::contains);
	}

	/** The roles the actor may grant, for forms. */
	static Set<Role> grantable(Actor actor) {
		EnumSet<Role> roles = EnumSet.allOf(Role.class);
		roles.remove(Role.CITIZEN);
		if (!actor.has(Role.PROVINCE_ADMIN)) {
			roles.removeAll(PROVINCE_ROLES);
		}
		return roles;
	}

}
