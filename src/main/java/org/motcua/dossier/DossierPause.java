package org.motcua.dossier;

import java.time.Instant;

/** A time the clock stood still waiting for the applicant; {@code to} null while open. */
public record DossierPause(DueChange.Why why, Instant from, Instant to) {

	DossierPause closed(Instant at) {
		return new DossierPause(this.why, this.from, at);
	}

}
