package org.motcua.catalog.administration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcessingPlan;
import org.motcua.catalog.RequiredDocument;
import org.motcua.catalog.ResultType;

/**
 * The rules a procedure must keep beyond the shape of its values: the steps of its
 * processing plan share the time limit in the limit's own hours and add up to it exactly
 * (DOMAIN.md, Deadlines); codes of papers and result types are unique; at least one level
 * and one step.
 */
final class PlanRules {

	private PlanRules() {
	}

	static List<Violation> check(ProcedureDefinition definition) {
		List<Violation> violations = new ArrayList<>();
		if (definition.levels().isEmpty()) {
			violations.add(new Violation("levels", "catalog.error.levels-required"));
		}
		List<ProcessingPlan.Step> steps = definition.processingPlan().steps();
		if (steps.isEmpty()) {
			violations.add(new Violation("processingPlan", "catalog.error.steps-required"));
		}
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).hours().signum() <= 0) {
				violations.add(new Violation("processingPlan.steps[" + i + "].hours", "catalog.error.hours-positive"));
			}
		}
		if (definition.timeLimit() != null && !steps.isEmpty()) {
			BigDecimal limit = definition.timeLimit().hours();
			BigDecimal sum = definition.processingPlan().hours();
			if (sum.compareTo(limit) != 0) {
				violations.add(new Violation("processingPlan", "catalog.error.hours-sum", plain(sum), plain(limit),
						definition.timeLimit().unit().name()));
			}
		}
		duplicates(definition.requiredDocuments().stream().map(RequiredDocument::code).toList(), "requiredDocuments",
				violations);
		duplicates(definition.resultTypes().stream().map(ResultType::code).toList(), "resultTypes", violations);
		for (int i = 0; i < definition.resultTypes().size(); i++) {
			duplicates(definition.resultTypes().get(i).fields().stream().map(ResultType.ResultField::code).toList(),
					"resultTypes[" + i + "].fields", violations);
		}
		return violations;
	}

	private static void duplicates(List<String> codes, String path, List<Violation> violations) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			if (!seen.add(codes.get(i))) {
				violations.add(new Violation(path + "[" + i + "].code", "catalog.error.duplicate-code", codes.get(i)));
			}
		}
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
