package org.motcua.catalog.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.motcua.catalog.transfer.CatalogFile.DocumentEntry;
import org.motcua.catalog.transfer.CatalogFile.Entry;
import org.motcua.catalog.transfer.CatalogFile.FeeEntry;
import org.motcua.catalog.transfer.CatalogFile.ResultEntry;
import org.motcua.catalog.transfer.CatalogFile.ResultFieldEntry;
import org.motcua.catalog.transfer.CatalogFile.StepEntry;

/**
 * The catalog exchange format as an Excel workbook: one sheet per kind of row, each keyed
 * by the procedure code in its first column, a header row first (docs/catalog-format.md).
 */
public final class CatalogWorkbook {

	static final List<String> PROCEDURES = List.of("code", "name", "fieldCode", "fieldName", "levels", "legalBasis",
			"limitAmount", "limitUnit", "onlineLevel", "crossBoundary", "effectiveFrom");

	static final List<String> AGENCIES = List.of("procedure", "agency");

	static final List<String> FEES = List.of("procedure", "name", "amount", "note");

	static final List<String> DOCUMENTS = List.of("procedure", "code", "name", "mandatory", "copies", "original",
			"templateSha256", "templateFilename", "templateMediaType", "acceptsReuseOf");

	static final List<String> RESULTS = List.of("procedure", "code", "name", "paperResult");

	static final List<String> RESULT_FIELDS = List.of("procedure", "resultType", "code", "name", "type", "required");

	static final List<String> STEPS = List.of("procedure", "name", "role", "department", "agency", "hours");

	private CatalogWorkbook() {
	}

	public static void write(CatalogFile catalog, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "motcua", "1.0");
			Sheetful procedures = new Sheetful(workbook.newWorksheet("Procedures"), PROCEDURES);
			Sheetful agencies = new Sheetful(workbook.newWorksheet("Agencies"), AGENCIES);
			Sheetful fees = new Sheetful(workbook.newWorksheet("Fees"), FEES);
			Sheetful documents = new Sheetful(workbook.newWorksheet("RequiredDocuments"), DOCUMENTS);
			Sheetful results = new Sheetful(workbook.newWorksheet("ResultTypes"), RESULTS);
			Sheetful fields = new Sheetful(workbook.newWorksheet("ResultFields"), RESULT_FIELDS);
			Sheetful steps = new Sheetful(workbook.newWorksheet("Steps"), STEPS);
			for (Entry e : catalog.procedures()) {
				String code = e.code();
				procedures.row(code, e.name(), e.field().code(), e.field().name(), String.join(",", e.levels()),
						e.legalBasis(), e.timeLimit().amount(), e.timeLimit().unit(), e.onlineLevel(),
						e.crossBoundary(), e.effectiveFrom());
				e.agencies().forEach(a -> agencies.row(code, a));
				e.fees().forEach(f -> fees.row(code, f.name(), f.amount(), f.note()));
				for (DocumentEntry d : e.requiredDocuments()) {
					documents.row(code, d.code(), d.name(), d.mandatory(), d.copies(), d.original(),
							d.template() == null ? null : d.template().sha256(),
							d.template() == null ? null : d.template().filename(),
							d.template() == null ? null : d.template().mediaType(),
							String.join(",", d.acceptsReuseOf()));
				}
				for (ResultEntry r : e.resultTypes()) {
					results.row(code, r.code(), r.name(), r.paperResult());
					r.fields().forEach(f -> fields.row(code, r.code(), f.code(), f.name(), f.type(), f.required()));
				}
				if (e.processingPlan() != null) {
					e.processingPlan()
						.steps()
						.forEach(s -> steps.row(code, s.name(), s.role(), s.department(), s.agency(), s.hours()));
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The catalog in a workbook.
	 * @throws Unreadable when it is no workbook, a sheet is missing, a cell holds no
	 * number where one is needed, or a row names a procedure the Procedures sheet lacks
	 */
	public static CatalogFile read(InputStream in) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			Map<String, Builder> builders = new LinkedHashMap<>();
			for (Cells row : rows(workbook, "Procedures", PROCEDURES)) {
				Builder b = new Builder(row);
				if (builders.put(b.code, b) != null) {
					throw new Unreadable(row.where(0), "repeated procedure " + b.code, null);
				}
			}
			for (Cells row : rows(workbook, "Agencies", AGENCIES)) {
				of(builders, row).agencies.add(row.text(1));
			}
			for (Cells row : rows(workbook, "Fees", FEES)) {
				of(builders, row).fees.add(new FeeEntry(row.text(1), row.number(2), row.text(3)));
			}
			for (Cells row : rows(workbook, "RequiredDocuments", DOCUMENTS)) {
				String sha = row.text(6);
				of(builders, row).documents.add(new DocumentEntry(row.text(1), row.text(2), row.bool(3),
						row.number(4) == null ? null : row.number(4).intValue(), row.bool(5),
						sha == null ? null : new CatalogFile.TemplateEntry(null, sha, row.text(7), row.text(8)),
						row.list(9)));
			}
			Map<String, List<ResultFieldEntry>> fields = new LinkedHashMap<>();
			for (Cells row : rows(workbook, "ResultFields", RESULT_FIELDS)) {
				of(builders, row);
				fields.computeIfAbsent(row.text(0) + "\n" + row.text(1), k -> new ArrayList<>())
					.add(new ResultFieldEntry(row.text(2), row.text(3), row.text(4), row.bool(5)));
			}
			for (Cells row : rows(workbook, "ResultTypes", RESULTS)) {
				of(builders, row).results.add(new ResultEntry(row.text(1), row.text(2), row.bool(3),
						fields.getOrDefault(row.text(0) + "\n" + row.text(1), List.of())));
			}
			for (Cells row : rows(workbook, "Steps", STEPS)) {
				of(builders, row).steps
					.add(new StepEntry(row.text(1), row.text(2), row.text(3), row.text(4), row.number(5)));
			}
			return new CatalogFile(CatalogFile.FORMAT, builders.values().stream().map(Builder::build).toList());
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Unreadable unreadable) {
				throw unreadable;
			}
			throw new Unreadable("", "not an Excel workbook: " + ex.getMessage(), ex);
		}
	}

	private static Builder of(Map<String, Builder> builders, Cells row) {
		Builder builder = builders.get(row.text(0));
		if (builder == null) {
			throw new Unreadable(row.where(0), "no procedure " + row.text(0) + " in the sheet Procedures", null);
		}
		return builder;
	}

	private static List<Cells> rows(ReadableWorkbook workbook, String name, List<String> header) throws IOException {
		Sheet sheet = workbook.findSheet(name).orElseThrow(() -> new Unreadable(name, "missing sheet " + name, null));
		List<Cells> rows = new ArrayList<>();
		for (Row row : sheet.read()) {
			if (row.getRowNum() == 1) {
				continue;
			}
			Cells cells = new Cells(name, row);
			if (cells.text(0) != null) {
				rows.add(cells);
			}
		}
		return rows;
	}

	/** A row of a sheet, its cells as text. */
	private record Cells(String sheet, Row row) {

		String text(int column) {
			if (!this.row.hasCell(column) || this.row.getCell(column) == null) {
				return null;
			}
			String text = this.row.getCellText(column);
			return text == null || text.isBlank() ? null : text.strip();
		}

		BigDecimal number(int column) {
			String text = text(column);
			try {
				return text == null ? null : new BigDecimal(text);
			}
			catch (NumberFormatException ex) {
				throw new Unreadable(where(column), "not a number: " + text, ex);
			}
		}

		Boolean bool(int column) {
			String text = text(column);
			if (text == null) {
				return null;
			}
			return switch (text.toLowerCase(Locale.ROOT)) {
				case "true", "1", "x", "yes", "có" -> true;
				case "false", "0", "no", "không" -> false;
				default -> throw new Unreadable(where(column), "not true or false: " + text, null);
			};
		}

		List<String> list(int column) {
			String text = text(column);
			return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).toList();
		}

		String where(int column) {
			return this.sheet + "!" + (char) ('A' + column) + this.row.getRowNum();
		}

	}

	private static final class Builder {

		final String code;

		final Cells row;

		final List<String> agencies = new ArrayList<>();

		final List<FeeEntry> fees = new ArrayList<>();

		final List<DocumentEntry> documents = new ArrayList<>();

		final List<ResultEntry> results = new ArrayList<>();

		final List<StepEntry> steps = new ArrayList<>();

		Builder(Cells row) {
			this.row = row;
			this.code = row.text(0);
		}

		Entry build() {
			Cells r = this.row;
			String fieldCode = r.text(2);
			String fieldName = r.text(3);
			return new Entry(this.code, r.text(1),
					fieldCode == null && fieldName == null ? null : new CatalogFile.FieldEntry(fieldCode, fieldName),
					r.list(4), this.agencies, r.text(5), new CatalogFile.LimitEntry(r.number(6), r.text(7)), r.text(8),
					r.bool(9), this.fees, this.documents, this.results, new CatalogFile.PlanEntry(this.steps),
					r.text(10));
		}

	}

	/** A sheet being written, header first. */
	private static final class Sheetful {

		private final Worksheet sheet;

		private int next = 1;

		Sheetful(Worksheet sheet, List<String> header) {
			this.sheet = sheet;
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, header.get(c));
				sheet.style(0, c).bold().set();
			}
		}

		void row(Object... values) {
			for (int c = 0; c < values.length; c++) {
				Object value = values[c];
				if (value instanceof Number number) {
					this.sheet.value(this.next, c, number);
				}
				else if (value instanceof Boolean bool) {
					this.sheet.value(this.next, c, bool);
				}
				else if (value != null) {
					this.sheet.value(this.next, c, value.toString());
				}
			}
			this.next++;
		}

	}

}
