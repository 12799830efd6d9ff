package org.motcua.account;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Maps a bearer JWT of the configured issuer to the local staff account named by its
 * {@code motcua.account.oidc.username-claim} claim ({@code preferred_username} by
 * default). A token of an unknown, disabled, locked or non-staff account is refused, so
 * the API answers 401.
 */
@Component
class StaffJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final AccountLogin login;

	private final AccountProperties properties;

	StaffJwtConverter(AccountLogin login, AccountProperties properties) {
		this.login = login;
		this.properties = properties;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String username = jwt.getClaimAsString(this.properties.oidc().usernameClaim());
		if (username == null || username.isBlank()) {
			throw new BadCredentialsException("The token names no account");
		}
		return this.login.findPrincipal(username)
			.filter(p -> p.isEnabled() && p.isAccountNonLocked()
					&& p.actor().roles().stream().anyMatch(r -> r.isStaff()))
			.map(StaffJwtAuthentication::new)
			.orElseThrow(() -> new BadCredentialsException("No staff account for the token"));
	}

}
