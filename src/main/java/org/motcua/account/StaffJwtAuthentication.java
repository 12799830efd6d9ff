package org.motcua.account;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A staff member authenticated on the API by a JWT of the configured OpenID Connect
 * issuer, acting as their local account.
 */
final class StaffJwtAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Principal principal;

	StaffJwtAuthentication(Principal principal) {
		super(principal.getAuthorities());
		this.principal = principal;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.principal;
	}

}
