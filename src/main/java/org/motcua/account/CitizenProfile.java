package org.motcua.account;

import java.time.LocalDate;

import org.motcua.shared.PersonalId;

/**
 * What a citizen's account knows about them: the name and birth date given at
 * registration (or by the OpenID Connect provider), the personal ID, and the contact
 * details they keep on their profile ({@code null} when not given).
 */
public record CitizenProfile(long accountId, PersonalId personalId, String fullName, LocalDate birthDate, String email,
		String phone) {

}
