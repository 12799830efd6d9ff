package org.motcua.account;

import java.util.Set;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Role;

/**
 * A staff account as other modules see it: never a password or a key.
 *
 * @param id the account's identifier
 * @param username the login name
 * @param displayName the full name
 * @param agency the agency the account acts for
 * @param department the department code inside the agency, or {@code null}
 * @param roles the roles held
 * @param enabled whether the account may log in
 * @param email the e-mail address, or {@code null}
 * @param phone the phone number, or {@code null}
 */
public record StaffAccount(long id, String username, String displayName, AgencyCode agency, String department,
		Set<Role> roles, boolean enabled, String email, String phone) {

	public StaffAccount {
		roles = Set.copyOf(roles);
	}

}
