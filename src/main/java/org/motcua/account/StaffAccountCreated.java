package org.motcua.account;

import java.util.Set;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Audited;
import org.motcua.shared.Origin;
import org.motcua.shared.Role;

/** A staff account was created by an administrator. */
public record StaffAccountCreated(long accountId, String username, AgencyCode agency, String department,
		Set<Role> roles, Origin origin) implements Audited {

	@Override
	public String action() {
		return "account.created";
	}

	@Override
	public String subjectType() {
		return "account";
	}

	@Override
	public String subjectId() {
		return String.valueOf(this.accountId);
	}

	@Override
	public String summary() {
		return "Staff account " + this.username + " created at " + this.agency + " with roles " + this.roles;
	}

}
