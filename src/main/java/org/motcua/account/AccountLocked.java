package org.motcua.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Audited;
import org.motcua.shared.Origin;
import org.motcua.shared.PersonalId;
import org.motcua.shared.Role;

/** An account was locked after too many failed logins in a row. */
public record AccountLocked(long accountId, String username, Instant lockedUntil, Origin origin) implements Audited {

	@Override
	public String action() {
		return "account.locked";
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
		return "Account " + this.username + " locked until " + this.lockedUntil + " after repeated failed logins";
	}

}
