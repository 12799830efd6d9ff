package org.motcua.population;

import java.time.LocalDate;

import org.motcua.shared.PersonalId;

/**
 * The port to the population registry. An adapter answers every lookup, turning any
 * trouble (timeouts, refused connections, error statuses, malformed answers) into an
 * {@link LookupResult.Outcome#UNAVAILABLE} result instead of throwing.
 */
interface Registry {

	/**
	 * Looks up {@code id}; {@code name} and {@code birthDate} (either may be
	 * {@code null}) are checked against the record when given.
	 */
	LookupResult lookUp(PersonalId id, String name, LocalDate birthDate);

}
