package org.motcua.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read for an import: UTF-8 with or without a byte-order mark, a header row
 * naming the columns (in any order, any case), then one record per row. Rows are numbered
 * as a spreadsheet shows them, the header being row 1.
 */
final class CsvTable {

	/** One data row: its number in the file and its values by column, stripped. */
	record Row(int number, Map<String, String> values) {

		/** The value of {@code column}, or {@code null} when empty or absent. */
		String get(String column) {
			String value = this.values.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	/** A file that cannot be read at all, with the message code that says why. */
	static final class Unreadable extends Exception {

		private final String code;

		private final String column;

		Unreadable(String code, String column) {
			super(code);
			this.code = code;
			this.column = column;
		}

		ImportReport.RowError asError() {
			return new ImportReport.RowError(1, this.column, "organization.error." + this.code, this.column);
		}

	}

	private CsvTable() {
	}

	private static int lineOf(String text, long position) {
		int start = (int) Math.min(position, text.length());
		while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
			start++;
		}
		int line = 1;
		for (int i = 0; i < start; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	static List<Row> read(InputStream in, List<String> required) throws Unreadable, IOException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(in.readAllBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new Unreadable("import.not-utf8", "");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Map<String, String> columns = new LinkedHashMap<>();
			parser.getHeaderNames().forEach(name -> columns.put(name.strip().toLowerCase(java.util.Locale.ROOT), name));
			for (String column : required) {
				if (!columns.containsKey(column)) {
					throw new Unreadable("import.column-missing", column);
				}
			}
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> values = new LinkedHashMap<>();
				columns
					.forEach((column, header) -> values.put(column, record.isSet(header) ? record.get(header) : null));
				rows.add(new Row(lineOf(text, record.getCharacterPosition()), values));
			}
			if (rows.isEmpty()) {
				throw new Unreadable("import.empty", "");
			}
			return rows;
		}
		catch (IllegalArgumentException | java.io.UncheckedIOException ex) {
			throw new Unreadable("import.malformed", "");
		}
	}

}
