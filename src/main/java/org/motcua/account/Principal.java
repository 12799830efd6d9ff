package org.motcua.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.motcua.shared.Actor;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as Spring Security holds them: their {@link Actor}, with the roles
 * as authorities. Kept in the session (serialised to the database), so it holds no
 * secrets after login.
 */
final class Principal implements UserDetails, CredentialsContainer, Actor.Bearer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	Principal(Actor actor, String passwordHash, boolean enabled, boolean locked) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	@Override
	public Actor actor() {
		return this.actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities(this.actor);
	}

	static List<SimpleGrantedAuthority> authorities(Actor actor) {
		return actor.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String toString() {
		return "Principal[" + this.actor.username() + "]";
	}

}
