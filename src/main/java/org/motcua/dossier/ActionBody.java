package org.motcua.dossier;

import java.time.Instant;
import java.util.List;

import org.motcua.catalog.Vnd;

/**
 * The body of one action of API.md; each action reads its own fields and ignores the
 * others ({@code note} goes on the timeline).
 */
public record ActionBody(List<String> reasons, Integer toStep, String toAgencyCode, String toDepartment,
		String toAccount, String note, List<String> missing, List<SubmittedDocument> documents, Vnd amount,
		String reference, Instant newDueAt, String reason, String resultDocumentId, Channel how, Integer score,
		String comment) {

	public static ActionBody empty() {
		return new ActionBody(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

}
