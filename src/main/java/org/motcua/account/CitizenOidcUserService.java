package org.motcua.account;

import java.time.LocalDate;

import org.motcua.shared.PersonalId;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Maps a person who logged in through OpenID Connect to their local citizen account by
 * the personal ID claim ({@code motcua.account.oidc.personal-id-claim}), creating the
 * account at the first login with the name and birth date the provider gives. Refuses a
 * login whose token has no valid personal ID, or whose account is disabled.
 */
@Component
class CitizenOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final Citizens citizens;

	private final AccountProperties properties;

	CitizenOidcUserService(Citizens citizens, AccountProperties properties) {
		this.citizens = citizens;
		this.properties = properties;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.delegate.loadUser(request);
		AccountProperties.Oidc claims = this.properties.oidc();
		PersonalId personalId;
		try {
			personalId = PersonalId.of(user.getClaimAsString(claims.personalIdClaim()));
		}
		catch (RuntimeException ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_personal_id",
					"The identity provider gave no valid personal ID in claim " + claims.personalIdClaim(), null));
		}
		Accounts.Row row = this.citizens.findOrCreate(personalId, user.getClaimAsString(claims.nameClaim()),
				birthDate(user.getClaimAsString(claims.birthDateClaim())), user.getEmail());
		if (row.isStaff() || !row.enabled()) {
			throw new OAuth2AuthenticationException(
					new OAuth2Error("account_disabled", "The citizen account is disabled", null));
		}
		return new CitizenOidcUser(row.actor(), Principal.authorities(row.actor()), user.getIdToken(),
				user.getUserInfo());
	}

	private static LocalDate birthDate(String value) {
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
