package org.motcua.dossier;

import java.time.Instant;

/**
 * An officer certified that the scan of a submitted paper matches the original presented
 * (chứng thực bản sao điện tử từ bản chính); the copy, signed with the agency's key, is
 * the stored document {@code copyDocumentId}.
 */
public record CopyCertified(DossierFacts dossier, String by, Instant at, String requiredDocumentCode,
		String copyDocumentId) implements DossierEvent {

}
