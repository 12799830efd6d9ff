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
 * A citizen account was created, by local registration or at the first OpenID Connect
 * login.
 */
public record CitizenRegistered(long accountId, PersonalId personalId, String displayName, String via,
		Origin origin) implements Audited {

	@Override
	public String action() {
		return "account.citizen-registered";
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
		return "Citizen " + this.displayName + " registered (" + this.via + ")";
	}

}
