package org.motcua.account;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** An administrator unlocked an account locked after failed logins. */
public record AccountUnlocked(long accountId, String username, Origin origin) implements Audited {

	@Override
	public String action() {
		return "account.unlocked";
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
		return "Account " + this.username + " unlocked";
	}

}
