package org.motcua.account;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/**
 * Someone read a citizen's personal data (personal ID, birth date, contact details) held
 * by an account: recorded in the audit trail with who, when, from where and why.
 */
public record PersonalDataRead(long accountId, String purpose, Origin origin) implements Audited {

	@Override
	public String action() {
		return "personal-data.read";
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
		return this.purpose;
	}

}
