package org.motcua.shared;

/**
 * The roles of the people who use motcua. Staff roles act within an agency (and
 * department); {@link #CITIZEN} acts for themselves or the organisation they represent.
 */
public enum Role {

	DESK_OFFICER, SPECIALIST, DEPARTMENT_HEAD, APPROVER, LEADER, AGENCY_ADMIN, PROVINCE_ADMIN, STATISTICS_VIEWER,
	AUDITOR, CITIZEN;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isStaff() {
		return this != CITIZEN;
	}

}
