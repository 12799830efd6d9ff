package org.motcua.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Audited;
import org.motcua.shared.Origin;
import org.motcua.shared.PersonalId;
import org.motcua.shared.Role;

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
