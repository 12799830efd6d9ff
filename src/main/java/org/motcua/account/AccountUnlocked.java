package org.motcua.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Audited;
import org.motcua.shared.Origin;
import org.motcua.shared.PersonalId;
import org.motcua.shared.Role;

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
