package org.motcua.account;

import java.util.Set;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;
import org.motcua.shared.Role;

/** An account's roles, department or enabled flag was changed. */
public record AccountChanged(long accountId, String username, Set<Role> roles, String department, boolean enabled,
		Origin origin) implements Audited {

	@Override
	public String action() {
		return "account.changed";
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
		return "Account " + this.username + ": roles " + this.roles + ", department " + this.department
				+ (this.enabled ? ", enabled" : ", disabled");
	}

}
