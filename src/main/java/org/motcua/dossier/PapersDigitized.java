package org.motcua.dossier;

import java.time.Instant;
import java.util.List;

/**
 * Papers of a received dossier were digitized and signed in one action (e.g. an online
 * dossier's uploads confirmed at the desk).
 *
 * @param requiredDocumentCodes the papers digitized now
 * @param digitized how many were digitized now
 * @param digitizedInAll how many of the dossier's papers are digitized after it
 * @param papers how many papers the dossier holds
 */
public record PapersDigitized(DossierFacts dossier, String by, Instant at, List<String> requiredDocumentCodes,
		int digitized, int digitizedInAll, int papers) implements DossierEvent {

	public PapersDigitized {
		requiredDocumentCodes = List.copyOf(requiredDocumentCodes);
	}

}
