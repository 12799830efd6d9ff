package org.motcua.catalog;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

import org.motcua.calendar.TimeLimit;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;

/**
 * What a version of a procedure says: its name (kept in NFC), field, levels, the agencies
 * that apply it, legal basis, time limit, online level, whether it is cross-boundary (may
 * be filed at any desk), fees, required documents, result types and processing plan.
 * {@link DefinitionCheck} tells whether it may be saved.
 */
public record ProcedureDefinition(ProcedureCode code, String name, Field field, List<Level> levels,
		List<AgencyCode> agencies, String legalBasis, TimeLimit timeLimit, OnlineLevel onlineLevel,
		boolean crossBoundary, List<Fee> fees, List<RequiredDocument> requiredDocuments, List<ResultType> resultTypes,
		ProcessingPlan processingPlan) {

	public ProcedureDefinition {
		Objects.requireNonNull(code, "code");
		name = name == null ? null : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
		legalBasis = legalBasis == null ? null : Normalizer.normalize(legalBasis.strip(), Normalizer.Form.NFC);
		levels = levels == null ? List.of() : List.copyOf(levels);
		agencies = agencies == null ? List.of() : List.copyOf(agencies);
		fees = fees == null ? List.of() : List.copyOf(fees);
		requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
		resultTypes = resultTypes == null ? List.of() : List.copyOf(resultTypes);
		processingPlan = processingPlan == null ? new ProcessingPlan(List.of()) : processingPlan;
		timeLimit = timeLimit == null ? null : new TimeLimit(Decimals.normal(timeLimit.amount()), timeLimit.unit());
	}

	/** The required document with this code, if any. */
	public java.util.Optional<RequiredDocument> findRequiredDocument(String documentCode) {
		return this.requiredDocuments.stream().filter(d -> d.code().equals(documentCode)).findFirst();
	}

	/** A copy with one required document's template replaced. */
	public ProcedureDefinition withTemplate(String documentCode, RequiredDocument.Template template) {
		List<RequiredDocument> documents = this.requiredDocuments.stream()
			.map(d -> d.code().equals(documentCode) ? new RequiredDocument(d.code(), d.name(), d.mandatory(),
					d.copies(), d.original(), template, d.acceptsReuseOf()) : d)
			.toList();
		return new ProcedureDefinition(this.code, this.name, this.field, this.levels, this.agencies, this.legalBasis,
				this.timeLimit, this.onlineLevel, this.crossBoundary, this.fees, documents, this.resultTypes,
				this.processingPlan);
	}

}
