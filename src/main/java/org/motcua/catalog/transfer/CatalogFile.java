package org.motcua.catalog.transfer;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The catalog exchange format {@code motcua-catalog/1} (docs/catalog-format.md), as read
 * and written: plain values, so that a bad value is reported where it stands rather than
 * refused by the parser. Enumerations are strings here and checked on import.
 */
public record CatalogFile(String format, List<Entry> procedures) {

	public static final String FORMAT = "motcua-catalog/1";

	public CatalogFile {
		procedures = procedures == null ? List.of() : procedures;
	}

	/**
	 * One procedure; {@code effectiveFrom} (YYYY-MM-DD) is optional, default the import
	 * day.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Entry(String code, String name, FieldEntry field, List<String> levels, List<String> agencies,
			String legalBasis, LimitEntry timeLimit, String onlineLevel, Boolean crossBoundary, List<FeeEntry> fees,
			List<DocumentEntry> requiredDocuments, List<ResultEntry> resultTypes, PlanEntry processingPlan,
			String effectiveFrom) {

		public Entry {
			levels = levels == null ? List.of() : levels;
			agencies = agencies == null ? List.of() : agencies;
			fees = fees == null ? List.of() : fees;
			requiredDocuments = requiredDocuments == null ? List.of() : requiredDocuments;
			resultTypes = resultTypes == null ? List.of() : resultTypes;
		}

	}

	public record FieldEntry(String code, String name) {
	}

	public record LimitEntry(BigDecimal amount, String unit) {
	}

	public record FeeEntry(String name, BigDecimal amount, String note) {
	}

	/**
	 * A required document; {@code template} is either {@code {resource, filename,
	 * mediaType}} (demo data only) or {@code {sha256, filename, mediaType}}.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record DocumentEntry(String code, String name, Boolean mandatory, Integer copies, Boolean original,
			TemplateEntry template, List<String> acceptsReuseOf) {

		public DocumentEntry {
			acceptsReuseOf = acceptsReuseOf == null ? List.of() : acceptsReuseOf;
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record TemplateEntry(String resource, String sha256, String filename, String mediaType) {
	}

	public record ResultEntry(String code, String name, Boolean paperResult, List<ResultFieldEntry> fields) {

		public ResultEntry {
			fields = fields == null ? List.of() : fields;
		}

	}

	public record ResultFieldEntry(String code, String name, String type, Boolean required) {
	}

	public record PlanEntry(List<StepEntry> steps) {

		public PlanEntry {
			steps = steps == null ? List.of() : steps;
		}

	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record StepEntry(String name, String role, String department, String agency, BigDecimal hours) {
	}

}
