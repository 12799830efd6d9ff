package org.motcua.account;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** Someone logged in to a page session. */
public record LoginSucceeded(long accountId, String username, Origin origin) implements Audited {

	@Override
	public String action() {
		return "account.login-succeeded";
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
		return "Login of " + this.username;
	}

}
