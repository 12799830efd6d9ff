package org.motcua.account;

import org.motcua.shared.AgencyCode;

import org.springframework.stereotype.Component;

/**
 * Whether an agency exists, for the agency codes given to staff accounts and desks.
 *
 * <p>
 * TODO: ask the organization module's facade once it exists; until then every
 * syntactically valid {@link AgencyCode} is accepted.
 */
interface AgencyDirectory {

	boolean exists(AgencyCode agency);

	/** Accepts every well-formed code, until the organization module is wired in. */
	@Component
	class AnyWellFormedCode implements AgencyDirectory {

		@Override
		public boolean exists(AgencyCode agency) {
			return agency != null;
		}

	}

}
