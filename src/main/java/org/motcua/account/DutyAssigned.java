package org.motcua.account;

import java.time.LocalDate;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

/** A desk officer was put on a desk for one shift. */
public record DutyAssigned(long deskId, String desk, AgencyCode agency, LocalDate date, Shift shift, long accountId,
		String username, Origin origin) implements Audited {

	@Override
	public String action() {
		return "roster.duty-assigned";
	}

	@Override
	public String subjectType() {
		return "desk";
	}

	@Override
	public String subjectId() {
		return String.valueOf(this.deskId);
	}

	@Override
	public String summary() {
		return "Desk " + this.desk + " (" + this.agency + ") on " + this.date + " " + this.shift + ": " + this.username;
	}

}
