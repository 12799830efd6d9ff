package org.motcua.account;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** An API key of a staff account was revoked. */
public record ApiKeyRevoked(long accountId, String username, long keyId, Origin origin) implements Audited {

	@Override
	public String action() {
		return "account.api-key-revoked";
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
		return "API key " + this.keyId + " of " + this.username + " revoked";
	}

}
