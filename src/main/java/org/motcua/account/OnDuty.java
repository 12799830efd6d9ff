package org.motcua.account;

/**
 * A desk staffed by an officer for one shift.
 *
 * @param deskId the desk's identifier
 * @param desk the desk's name, e.g. {@code Quầy 1}
 * @param officer the desk officer on duty
 */
public record OnDuty(long deskId, String desk, StaffAccount officer) {

}
