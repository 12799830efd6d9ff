package org.motcua.shared;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person acting in the current request: a staff member scoped to an agency (and
 * department), or a citizen identified by personal ID.
 *
 * <p>
 * Every authentication motcua creates (form login, API key, OpenID Connect) carries a
 * principal that is an {@link Actor.Bearer}, so modules read the actor without knowing
 * how the person logged in.
 */
public record Actor(long accountId, String username, String displayName, Set<Role> roles, AgencyCode agency,
		String department, PersonalId personalId) implements java.io.Serializable {

	public Actor {
		roles = Set.copyOf(roles);
	}

	/** A principal that knows its actor. */
	public interface Bearer {

		Actor actor();

	}

	/** The actor of the current request, if someone is logged in. */
	public static Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Bearer bearer) {
			return Optional.of(bearer.actor());
		}
		return Optional.empty();
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Province administrators act for every agency; other staff for their own only. */
	public boolean mayActFor(AgencyCode agencyCode) {
		return has(Role.PROVINCE_ADMIN) || (this.agency != null && this.agency.equals(agencyCode));
	}

}
