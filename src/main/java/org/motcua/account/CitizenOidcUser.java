package org.motcua.account;

import java.io.Serial;
import java.util.Collection;

import org.motcua.shared.Actor;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A citizen logged in through OpenID Connect (VNeID, Keycloak), bound to their local
 * citizen account so that {@link Actor#current()} works as for a password login.
 */
final class CitizenOidcUser extends DefaultOidcUser implements Actor.Bearer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;

	CitizenOidcUser(Actor actor, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			OidcUserInfo userInfo) {
		super(authorities, idToken, userInfo);
		this.actor = actor;
	}

	@Override
	public Actor actor() {
		return this.actor;
	}

	@Override
	public String getName() {
		return this.actor.username();
	}

}
