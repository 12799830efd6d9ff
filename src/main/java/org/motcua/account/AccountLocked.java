package org.motcua.account;

import java.time.Instant;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

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
