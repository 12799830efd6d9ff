package org.motcua.dossier.web;

import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Whose desk a page works for: a desk officer's and an agency administrator's own agency;
 * a province administrator's own, or any agency they pick.
 */
final class DeskScope {

	private DeskScope() {
	}

	static Actor actor() {
		return Actor.current().orElseThrow(() -> new AccessDeniedException("Nobody is logged in"));
	}

	/** The agency of the desk, {@code requested} if the actor may pick it. */
	static AgencyCode agency(Actor actor, String requested) {
		if (requested != null && !requested.isBlank() && actor.has(Role.PROVINCE_ADMIN)) {
			try {
				return AgencyCode.of(requested);
			}
			catch (IllegalArgumentException ex) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		if (actor.agency() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return actor.agency();
	}

	/** Whether the actor may pick the agency of the desk. */
	static boolean mayPickAgency(Actor actor) {
		return actor.has(Role.PROVINCE_ADMIN);
	}

}
