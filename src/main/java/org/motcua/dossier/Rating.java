package org.motcua.dossier;

import java.time.Instant;

/** The applicant's satisfaction rating, 1 (worst) to 5, given once. */
public record Rating(int score, String comment, Instant at) {

	public Rating {
		if (score < 1 || score > 5) {
			throw new IllegalArgumentException("A rating is 1 to 5: " + score);
		}
	}

}
