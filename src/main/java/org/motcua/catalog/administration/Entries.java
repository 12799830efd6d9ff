package org.motcua.catalog.administration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.motcua.calendar.LimitUnit;
import org.motcua.calendar.TimeLimit;
import org.motcua.catalog.Fee;
import org.motcua.catalog.Field;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcessingPlan;
import org.motcua.catalog.RequiredDocument;
import org.motcua.catalog.ResultType;
import org.motcua.catalog.Vnd;
import org.motcua.catalog.transfer.CatalogFile.DocumentEntry;
import org.motcua.catalog.transfer.CatalogFile.Entry;
import org.motcua.catalog.transfer.CatalogFile.FeeEntry;
import org.motcua.catalog.transfer.CatalogFile.ResultEntry;
import org.motcua.catalog.transfer.CatalogFile.ResultFieldEntry;
import org.motcua.catalog.transfer.CatalogFile.StepEntry;
import org.motcua.catalog.transfer.CatalogFile.TemplateEntry;
import org.motcua.catalog.transfer.CatalogFile;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;
import org.motcua.shared.Role;

/**
 * Turns an entry of the exchange format (or of the edit form) into a procedure's
 * definition, collecting every violation with its path, and a definition back into an
 * entry.
 */
public final class Entries {

	/** What reading needs to look up: known agencies, and how to resolve a template. */
	public record Lookups(Predicate<AgencyCode> agencyKnown,
			Function<TemplateEntry, RequiredDocument.Template> templates) {
	}

	private final Lookups lookups;

	private final List<Violation> violations = new ArrayList<>();

	private Entries(Lookups lookups) {
		this.lookups = lookups;
	}

	/** The definition in {@code entry}, or null with {@code violations} filled in. */
	public static ProcedureDefinition read(Entry entry, Lookups lookups, List<Violation> violations) {
		Entries reader = new Entries(lookups);
		ProcedureDefinition definition = reader.read(entry);
		violations.addAll(reader.violations);
		return reader.violations.isEmpty() ? definition : null;
	}

	private ProcedureDefinition read(Entry e) {
		ProcedureCode code = null;
		if (blank(e.code())) {
			fail("code", "catalog.error.required");
		}
		else if (!ProcedureCode.isValid(e.code().strip())) {
			fail("code", "catalog.error.code-shape", e.code());
		}
		else {
			code = ProcedureCode.of(e.code());
		}
		required("name", e.name());
		Field field = null;
		if (e.field() == null || blank(e.field().code()) || blank(e.field().name())) {
			fail("field", "catalog.error.required");
		}
		else {
			field = new Field(e.field().code().strip(), e.field().name().strip());
		}
		List<Level> levels = new ArrayList<>();
		for (int i = 0; i < e.levels().size(); i++) {
			Level level = enumOf(Level.class, e.levels().get(i), "levels[" + i + "]");
			if (level != null && !levels.contains(level)) {
				levels.add(level);
			}
		}
		List<AgencyCode> agencies = new ArrayList<>();
		for (int i = 0; i < e.agencies().size(); i++) {
			AgencyCode agency = agency(e.agencies().get(i), "agencies[" + i + "]");
			if (agency != null && !agencies.contains(agency)) {
				agencies.add(agency);
			}
		}
		TimeLimit limit = timeLimit(e.timeLimit());
		OnlineLevel online = e.onlineLevel() == null ? null : enumOf(OnlineLevel.class, e.onlineLevel(), "onlineLevel");
		if (e.onlineLevel() == null) {
			fail("onlineLevel", "catalog.error.required");
		}
		List<Fee> fees = new ArrayList<>();
		for (int i = 0; i < e.fees().size(); i++) {
			fees.add(fee(e.fees().get(i), "fees[" + i + "]"));
		}
		List<RequiredDocument> documents = new ArrayList<>();
		for (int i = 0; i < e.requiredDocuments().size(); i++) {
			documents.add(document(e.requiredDocuments().get(i), "requiredDocuments[" + i + "]"));
		}
		List<ResultType> results = new ArrayList<>();
		for (int i = 0; i < e.resultTypes().size(); i++) {
			results.add(result(e.resultTypes().get(i), "resultTypes[" + i + "]"));
		}
		List<ProcessingPlan.Step> steps = new ArrayList<>();
		List<StepEntry> stepEntries = e.processingPlan() == null ? List.of() : e.processingPlan().steps();
		for (int i = 0; i < stepEntries.size(); i++) {
			steps.add(step(stepEntries.get(i), "processingPlan.steps[" + i + "]"));
		}
		if (!this.violations.isEmpty() || code == null) {
			return null;
		}
		ProcedureDefinition definition = new ProcedureDefinition(code, e.name(), field, levels, agencies,
				e.legalBasis(), limit, online, Boolean.TRUE.equals(e.crossBoundary()), fees, documents, results,
				new ProcessingPlan(steps));
		this.violations.addAll(PlanRules.check(definition));
		return definition;
	}

	private TimeLimit timeLimit(CatalogFile.LimitEntry entry) {
		if (entry == null || entry.amount() == null || blank(entry.unit())) {
			fail("timeLimit", "catalog.error.required");
			return null;
		}
		LimitUnit unit = enumOf(LimitUnit.class, entry.unit(), "timeLimit.unit");
		if (unit == null) {
			return null;
		}
		try {
			return new TimeLimit(entry.amount(), unit);
		}
		catch (IllegalArgumentException ex) {
			fail("timeLimit.amount", "catalog.error.limit-amount", PlanRules.plain(entry.amount()));
			return null;
		}
	}

	private Fee fee(FeeEntry entry, String path) {
		required(path + ".name", entry.name());
		Vnd amount = Vnd.ZERO;
		if (entry.amount() == null) {
			fail(path + ".amount", "catalog.error.required");
		}
		else {
			try {
				amount = Vnd.of(entry.amount());
			}
			catch (IllegalArgumentException ex) {
				fail(path + ".amount", "catalog.error.amount", PlanRules.plain(entry.amount()));
			}
		}
		return new Fee(strip(entry.name()), amount, blank(entry.note()) ? null : entry.note().strip());
	}

	private RequiredDocument document(DocumentEntry entry, String path) {
		required(path + ".code", entry.code());
		required(path + ".name", entry.name());
		int copies = entry.copies() == null ? 1 : entry.copies();
		if (copies < 1) {
			fail(path + ".copies", "catalog.error.copies", copies);
		}
		RequiredDocument.Template template = null;
		if (entry.template() != null) {
			template = this.lookups.templates().apply(entry.template());
			if (template == null) {
				fail(path + ".template", "catalog.error.template-unknown",
						entry.template().sha256() != null ? entry.template().sha256() : entry.template().resource());
			}
		}
		List<String> reuse = entry.acceptsReuseOf().stream().filter(c -> !blank(c)).map(String::strip).toList();
		return new RequiredDocument(strip(entry.code()), strip(entry.name()), !Boolean.FALSE.equals(entry.mandatory()),
				copies, Boolean.TRUE.equals(entry.original()), template, reuse);
	}

	private ResultType result(ResultEntry entry, String path) {
		required(path + ".code", entry.code());
		required(path + ".name", entry.name());
		List<ResultType.ResultField> fields = new ArrayList<>();
		for (int i = 0; i < entry.fields().size(); i++) {
			ResultFieldEntry field = entry.fields().get(i);
			String at = path + ".fields[" + i + "]";
			required(at + ".code", field.code());
			required(at + ".name", field.name());
			ResultType.FieldType type = field.type() == null ? ResultType.FieldType.TEXT
					: enumOf(ResultType.FieldType.class, field.type(), at + ".type");
			fields.add(new ResultType.ResultField(strip(field.code()), strip(field.name()), type,
					Boolean.TRUE.equals(field.required())));
		}
		return new ResultType(strip(entry.code()), strip(entry.name()), !Boolean.FALSE.equals(entry.paperResult()),
				fields);
	}

	private ProcessingPlan.Step step(StepEntry entry, String path) {
		required(path + ".name", entry.name());
		Role role = blank(entry.role()) ? null : enumOf(Role.class, entry.role(), path + ".role");
		if (blank(entry.role())) {
			fail(path + ".role", "catalog.error.required");
		}
		AgencyCode agency = blank(entry.agency()) ? null : agency(entry.agency(), path + ".agency");
		BigDecimal hours = entry.hours();
		if (hours == null) {
			fail(path + ".hours", "catalog.error.required");
			hours = BigDecimal.ZERO;
		}
		return new ProcessingPlan.Step(strip(entry.name()), role,
				blank(entry.department()) ? null : entry.department().strip(), agency, hours);
	}

	private AgencyCode agency(String value, String path) {
		try {
			AgencyCode code = AgencyCode.of(value);
			if (!this.lookups.agencyKnown().test(code)) {
				fail(path, "catalog.error.agency-unknown", value);
				return null;
			}
			return code;
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			fail(path, "catalog.error.agency-unknown", value);
			return null;
		}
	}

	private <E extends Enum<E>> E enumOf(Class<E> type, String value, String path) {
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			fail(path, "catalog.error.value", value, java.util.Arrays.toString(type.getEnumConstants()));
			return null;
		}
	}

	private void required(String path, String value) {
		if (blank(value)) {
			fail(path, "catalog.error.required");
		}
	}

	private void fail(String path, String key, Object... arguments) {
		this.violations.add(new Violation(path, key, arguments));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

	/** The entry of a definition, as export writes it. */
	public static Entry write(ProcedureDefinition d, java.time.LocalDate effectiveFrom) {
		return new Entry(d.code().value(), d.name(), new CatalogFile.FieldEntry(d.field().code(), d.field().name()),
				d.levels().stream().map(Enum::name).toList(), d.agencies().stream().map(AgencyCode::value).toList(),
				d.legalBasis(), new CatalogFile.LimitEntry(d.timeLimit().amount(), d.timeLimit().unit().name()),
				d.onlineLevel().name(), d.crossBoundary(),
				d.fees().stream().map(f -> new FeeEntry(f.name(), f.amount().amount(), f.note())).toList(),
				d.requiredDocuments()
					.stream()
					.map(r -> new DocumentEntry(r.code(), r.name(), r.mandatory(), r.copies(), r.original(),
							r.template() == null ? null
									: new TemplateEntry(null, r.template().sha256(), r.template().filename(),
											r.template().mediaType()),
							r.acceptsReuseOf()))
					.toList(),
				d.resultTypes()
					.stream()
					.map(t -> new ResultEntry(t.code(), t.name(), t.paperResult(),
							t.fields()
								.stream()
								.map(f -> new ResultFieldEntry(f.code(), f.name(), f.type().name(), f.required()))
								.toList()))
					.toList(),
				new CatalogFile.PlanEntry(d.processingPlan()
					.steps()
					.stream()
					.map(s -> new StepEntry(s.name(), s.role().name(), s.department(),
							s.agency() == null ? null : s.agency().value(), s.hours()))
					.toList()),
				effectiveFrom == null ? null : effectiveFrom.toString());
	}

}
