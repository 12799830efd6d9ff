package org.motcua.dossier;

import java.util.List;
import java.util.Objects;

import org.motcua.calendar.TimeLimit;

/**
 * What a dossier keeps of the procedure version it was filed under: code, version, time
 * limit, the codes of its required documents (and which are mandatory), and its
 * processing plan.
 */
public record PinnedProcedure(String code, int version, TimeLimit limit, List<String> requiredDocuments,
		List<String> mandatoryDocuments, List<PlannedStep> plan) {

	public PinnedProcedure {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(limit, "limit");
		requiredDocuments = List.copyOf(requiredDocuments);
		mandatoryDocuments = List.copyOf(mandatoryDocuments);
		plan = List.copyOf(plan);
	}

	/**
	 * The mandatory documents that {@code documents} does not cover, in catalog order.
	 */
	public List<String> missing(List<SubmittedDocument> documents) {
		return this.mandatoryDocuments.stream()
			.filter(code -> documents.stream().noneMatch(d -> d.requiredDocumentCode().equals(code)))
			.toList();
	}

}
