package org.motcua.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.motcua.calendar.TimeLimit;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcedureSummary;
import org.motcua.catalog.ResultType;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;

/**
 * The catalog's answers in the public API (API.md): {@code field} is the field's name,
 * with {@code fieldCode} beside it; amounts are whole VND.
 */
final class ProcedureJson {

	private ProcedureJson() {
	}

	record Limit(BigDecimal amount, String unit) {

		static Limit of(TimeLimit limit) {
			return new Limit(limit.amount(), limit.unit().name());
		}

	}

	record Item(String code, String name, String field, String fieldCode, List<Level> levels, OnlineLevel onlineLevel,
			Limit timeLimit, int version) {

		static Item of(ProcedureSummary s) {
			return new Item(s.code().value(), s.name(), s.field().name(), s.field().code(), s.levels(), s.onlineLevel(),
					Limit.of(s.timeLimit()), s.version());
		}

	}

	record FeeItem(String name, BigDecimal amount, String note) {
	}

	record DocumentItem(String code, String name, boolean mandatory, int copies, boolean original,
			List<String> acceptsReuseOf, String templateUrl, String templateFilename) {
	}

	record ResultFieldItem(String code, String name, ResultType.FieldType type, boolean required) {
	}

	record ResultItem(String code, String name, boolean paperResult, List<ResultFieldItem> fields) {
	}

	record StepItem(String name, String role, String department, String agency, BigDecimal hours) {
	}

	record Plan(List<StepItem> steps, boolean interAgency) {
	}

	record Detail(String code, String name, String field, String fieldCode, List<Level> levels, List<String> agencies,
			String legalBasis, Limit timeLimit, OnlineLevel onlineLevel, boolean crossBoundary, List<FeeItem> fees,
			List<DocumentItem> requiredDocuments, List<ResultItem> resultTypes, Plan processingPlan, int version,
			String status, LocalDate effectiveFrom, LocalDate withdrawnOn) {

		static Detail of(Procedure p, String baseUrl) {
			ProcedureDefinition d = p.definition();
			String code = d.code().value();
			return new Detail(code, d.name(), d.field().name(), d.field().code(), d.levels(),
					d.agencies().stream().map(AgencyCode::value).toList(), d.legalBasis(), Limit.of(d.timeLimit()),
					d.onlineLevel(), d.crossBoundary(),
					d.fees().stream().map(f -> new FeeItem(f.name(), f.amount().amount(), f.note())).toList(),
					d.requiredDocuments()
						.stream()
						.map(r -> new DocumentItem(r.code(), r.name(), r.mandatory(), r.copies(), r.original(),
								r.acceptsReuseOf(),
								r.template() == null ? null
										: baseUrl + "/api/v1/procedures/" + code + "/documents/" + r.code()
												+ "/template?version=" + p.version(),
								r.template() == null ? null : r.template().filename()))
						.toList(),
					d.resultTypes()
						.stream()
						.map(t -> new ResultItem(t.code(), t.name(), t.paperResult(),
								t.fields()
									.stream()
									.map(f -> new ResultFieldItem(f.code(), f.name(), f.type(), f.required()))
									.toList()))
						.toList(),
					new Plan(d.processingPlan()
						.steps()
						.stream()
						.map(s -> new StepItem(s.name(), s.role().name(), s.department(),
								s.agency() == null ? null : s.agency().value(), s.hours()))
						.toList(), d.processingPlan().isInterAgency()),
					p.version(), p.status().name(), p.effectiveFrom(), p.withdrawnOn());
		}

	}

	record Page(List<Item> items, long total) {
	}

}
