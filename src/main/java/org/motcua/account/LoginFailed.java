package org.motcua.account;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** A login attempt failed: wrong password, unknown user, locked or disabled account. */
public record LoginFailed(String username, String reason, Origin origin) implements Audited {

	@Override
	public String action() {
		return "account.login-failed";
	}

	@Override
	public String subjectType() {
		return "account";
	}

	@Override
	public String subjectId() {
		return this.username;
	}

	@Override
	public String summary() {
		return "Failed login as " + this.username + " (" + this.reason + ")";
	}

}
