package org.motcua.account;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/**
 * An account's password was set anew, by an administrator or by its owner (the password
 * itself is never in the event).
 */
public record PasswordReset(long accountId, String username, Origin origin) implements Audited {

	@Override
	public String action() {
		return "account.password-reset";
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
		return "Password of " + this.username + " was set by " + this.origin.username();
	}

}
