package org.motcua.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.administration.Entries;
import org.motcua.catalog.administration.Violation;
import org.motcua.catalog.transfer.CatalogFile.Entry;
import org.motcua.catalog.transfer.CatalogFile;

/**
 * The procedure edit form: the definition's values as typed, with rows of fees, papers,
 * result types and steps that the page adds, removes and reorders by round trips. Its
 * property paths are those of the exchange format, so one set of checks serves both.
 */
class ProcedureForm {

	private String code;

	private String name;

	private String fieldCode;

	private String fieldName;

	private List<String> levels = new ArrayList<>();

	private String agencies;

	private String legalBasis;

	private String limitAmount;

	private String limitUnit = "WORKING_DAYS";

	private String onlineLevel = "PARTIAL";

	private boolean crossBoundary;

	private List<FeeRow> fees = new ArrayList<>();

	private List<DocumentRow> requiredDocuments = new ArrayList<>();

	private List<ResultRow> resultTypes = new ArrayList<>();

	private List<StepRow> steps = new ArrayList<>();

	static ProcedureForm empty() {
		ProcedureForm form = new ProcedureForm();
		form.requiredDocuments.add(new DocumentRow());
		form.resultTypes.add(new ResultRow());
		form.steps.add(new StepRow());
		return form;
	}

	static ProcedureForm of(ProcedureDefinition d) {
		Entry e = Entries.write(d, null);
		ProcedureForm form = new ProcedureForm();
		form.code = e.code();
		form.name = e.name();
		form.fieldCode = e.field().code();
		form.fieldName = e.field().name();
		form.levels = new ArrayList<>(e.levels());
		form.agencies = String.join(", ", e.agencies());
		form.legalBasis = e.legalBasis();
		form.limitAmount = e.timeLimit().amount().toPlainString();
		form.limitUnit = e.timeLimit().unit();
		form.onlineLevel = e.onlineLevel();
		form.crossBoundary = Boolean.TRUE.equals(e.crossBoundary());
		e.fees().forEach(f -> form.fees.add(new FeeRow(f.name(), f.amount().toPlainString(), f.note())));
		e.requiredDocuments().forEach(r -> form.requiredDocuments.add(DocumentRow.of(r)));
		e.resultTypes().forEach(r -> form.resultTypes.add(ResultRow.of(r)));
		e.processingPlan().steps().forEach(s -> form.steps.add(StepRow.of(s)));
		return form;
	}

	/**
	 * Applies an action of the page: {@code add:<rows>}, {@code remove:<rows>:<i>},
	 * {@code up:<rows>:<i>} or {@code down:<rows>:<i>}; anything else changes nothing.
	 */
	void apply(String action) {
		String[] parts = action == null ? new String[0] : action.split(":");
		if (parts.length < 2) {
			return;
		}
		List<?> rows = switch (parts[1]) {
			case "fees" -> this.fees;
			case "requiredDocuments" -> this.requiredDocuments;
			case "resultTypes" -> this.resultTypes;
			case "steps" -> this.steps;
			default -> null;
		};
		if (rows == null) {
			return;
		}
		if ("add".equals(parts[0])) {
			switch (parts[1]) {
				case "fees" -> this.fees.add(new FeeRow());
				case "requiredDocuments" -> this.requiredDocuments.add(new DocumentRow());
				case "resultTypes" -> this.resultTypes.add(new ResultRow());
				default -> this.steps.add(new StepRow());
			}
			return;
		}
		int i;
		try {
			i = parts.length > 2 ? Integer.parseInt(parts[2]) : -1;
		}
		catch (NumberFormatException ex) {
			return;
		}
		if (i < 0 || i >= rows.size()) {
			return;
		}
		switch (parts[0]) {
			case "remove" -> rows.remove(i);
			case "up" -> {
				if (i > 0) {
					Collections.swap(rows, i, i - 1);
				}
			}
			case "down" -> {
				if (i + 1 < rows.size()) {
					Collections.swap(rows, i, i + 1);
				}
			}
			default -> {
			}
		}
	}

	/**
	 * The entry this form holds; numbers that are not numbers are added to
	 * {@code errors}.
	 */
	Entry toEntry(Map<String, Object> errors) {
		List<CatalogFile.FeeEntry> feeEntries = new ArrayList<>();
		for (int i = 0; i < this.fees.size(); i++) {
			FeeRow f = this.fees.get(i);
			feeEntries
				.add(new CatalogFile.FeeEntry(f.name, number(f.amount, "fees[" + i + "].amount", errors), f.note));
		}
		List<CatalogFile.DocumentEntry> documents = new ArrayList<>();
		for (int i = 0; i < this.requiredDocuments.size(); i++) {
			DocumentRow r = this.requiredDocuments.get(i);
			BigDecimal copies = number(r.copies, "requiredDocuments[" + i + "].copies", errors);
			documents.add(new CatalogFile.DocumentEntry(r.code, r.name, r.mandatory,
					copies == null ? null : copies.intValue(), r.original,
					blank(r.templateSha256) ? null : new CatalogFile.TemplateEntry(null, r.templateSha256,
							r.templateFilename, r.templateMediaType),
					split(r.acceptsReuseOf)));
		}
		List<CatalogFile.ResultEntry> results = new ArrayList<>();
		for (ResultRow r : this.resultTypes) {
			results.add(new CatalogFile.ResultEntry(r.code, r.name, r.paperResult, r.fieldEntries()));
		}
		List<CatalogFile.StepEntry> stepEntries = new ArrayList<>();
		for (int i = 0; i < this.steps.size(); i++) {
			StepRow s = this.steps.get(i);
			stepEntries.add(new CatalogFile.StepEntry(s.name, s.role, s.department, s.agency,
					number(s.hours, "processingPlan.steps[" + i + "].hours", errors)));
		}
		BigDecimal amount = number(this.limitAmount, "timeLimit.amount", errors);
		return new Entry(this.code, this.name,
				blank(this.fieldCode) && blank(this.fieldName) ? null
						: new CatalogFile.FieldEntry(this.fieldCode, this.fieldName),
				this.levels, split(this.agencies), this.legalBasis,
				amount == null ? null : new CatalogFile.LimitEntry(amount, this.limitUnit), this.onlineLevel,
				this.crossBoundary, feeEntries, documents, results, new CatalogFile.PlanEntry(stepEntries), null);
	}

	private static BigDecimal number(String text, String path, Map<String, Object> errors) {
		if (blank(text)) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.put(path, new Violation(path, "catalog.error.number", text));
			return null;
		}
	}

	static List<String> split(String text) {
		return blank(text) ? List.of()
				: Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	// @formatter:off
	public String getCode() { return this.code; }
	public void setCode(String code) { this.code = code; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getFieldCode() { return this.fieldCode; }
	public void setFieldCode(String fieldCode) { this.fieldCode = fieldCode; }
	public String getFieldName() { return this.fieldName; }
	public void setFieldName(String fieldName) { this.fieldName = fieldName; }
	public List<String> getLevels() { return this.levels; }
	public void setLevels(List<String> levels) { this.levels = levels == null ? new ArrayList<>() : levels; }
	public String getAgencies() { return this.agencies; }
	public void setAgencies(String agencies) { this.agencies = agencies; }
	public String getLegalBasis() { return this.legalBasis; }
	public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
	public String getLimitAmount() { return this.limitAmount; }
	public void setLimitAmount(String limitAmount) { this.limitAmount = limitAmount; }
	public String getLimitUnit() { return this.limitUnit; }
	public void setLimitUnit(String limitUnit) { this.limitUnit = limitUnit; }
	public String getOnlineLevel() { return this.onlineLevel; }
	public void setOnlineLevel(String onlineLevel) { this.onlineLevel = onlineLevel; }
	public boolean isCrossBoundary() { return this.crossBoundary; }
	public void setCrossBoundary(boolean crossBoundary) { this.crossBoundary = crossBoundary; }
	public List<FeeRow> getFees() { return this.fees; }
	public void setFees(List<FeeRow> fees) { this.fees = fees; }
	public List<DocumentRow> getRequiredDocuments() { return this.requiredDocuments; }
	public void setRequiredDocuments(List<DocumentRow> requiredDocuments) { this.requiredDocuments = requiredDocuments; }
	public List<ResultRow> getResultTypes() { return this.resultTypes; }
	public void setResultTypes(List<ResultRow> resultTypes) { this.resultTypes = resultTypes; }
	public List<StepRow> getSteps() { return this.steps; }
	public void setSteps(List<StepRow> steps) { this.steps = steps; }
	// @formatter:on

}
