package org.motcua.catalog.web;

import java.util.ArrayList;
import java.util.List;

import org.motcua.catalog.transfer.CatalogFile;

/**
 * A result type row; its structured fields are typed one per line as
 * {@code code; name; TYPE; required}.
 */
class ResultRow {

	String code;

	String name;

	boolean paperResult = true;

	String fields;

	static ResultRow of(CatalogFile.ResultEntry r) {
		ResultRow row = new ResultRow();
		row.code = r.code();
		row.name = r.name();
		row.paperResult = Boolean.TRUE.equals(r.paperResult());
		List<String> lines = new ArrayList<>();
		r.fields()
			.forEach(f -> lines.add(f.code() + "; " + f.name() + "; " + f.type()
					+ (Boolean.TRUE.equals(f.required()) ? "; required" : "")));
		row.fields = String.join("\n", lines);
		return row;
	}

	List<CatalogFile.ResultFieldEntry> fieldEntries() {
		List<CatalogFile.ResultFieldEntry> entries = new ArrayList<>();
		if (this.fields == null) {
			return entries;
		}
		for (String line : this.fields.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split(";");
			String type = parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : "TEXT";
			boolean required = parts.length > 3 && !parts[3].isBlank();
			entries.add(new CatalogFile.ResultFieldEntry(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null,
					type, required));
		}
		return entries;
	}

	// @formatter:off
	public String getCode() { return this.code; }
	public void setCode(String code) { this.code = code; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public boolean isPaperResult() { return this.paperResult; }
	public void setPaperResult(boolean paperResult) { this.paperResult = paperResult; }
	public String getFields() { return this.fields; }
	public void setFields(String fields) { this.fields = fields; }
	// @formatter:on

}
