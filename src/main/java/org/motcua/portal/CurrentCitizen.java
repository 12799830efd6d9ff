package org.motcua.portal;

import org.motcua.account.CitizenDirectory;
import org.motcua.shared.Actor;
import org.motcua.shared.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Who the citizen of the current request is; anyone else gets 403. */
@Component
class CurrentCitizen {

	private final CitizenDirectory directory;

	private final Profiles profiles;

	CurrentCitizen(CitizenDirectory directory, Profiles profiles) {
		this.directory = directory;
		this.profiles = profiles;
	}

	Citizen current() {
		Actor actor = Actor.current()
			.filter(a -> a.has(Role.CITIZEN) && a.personalId() != null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		return this.directory.find(actor.accountId())
			.map(profile -> new Citizen(actor, profile, this.profiles.find(actor.accountId())))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
