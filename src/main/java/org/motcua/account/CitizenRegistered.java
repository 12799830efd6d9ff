package org.motcua.account;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;
import org.motcua.shared.PersonalId;

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
