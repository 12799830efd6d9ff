package org.motcua.account;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** An API key was issued to a staff account (only its prefix is in the event). */
public record ApiKeyIssued(long accountId, String username, long keyId, String prefix, String label,
		Origin origin) implements Audited {

	@Override
	public String action() {
		return "account.api-key-issued";
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
		return "API key " + this.prefix + "… (" + this.label + ") issued to " + this.username;
	}

}
