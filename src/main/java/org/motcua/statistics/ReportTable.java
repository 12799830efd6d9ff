package org.motcua.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The periodic report table: one line per group (agency, field, level…) with received, by
 * channel, resolved, early, on time, late, in process and the digitization rates, then
 * the flow of the period; written as Excel (fastexcel) or CSV.
 */
public record ReportTable(String title, List<String> headers, Map<String, Indicators> lines, Flow flow) {

	/** The cells of one line of the table. */
	public static Object[] cells(String key, Indicators i) {
		return new Object[] { key, i.received(), i.byChannel().get("COUNTER"), i.byChannel().get("ONLINE"),
				i.byChannel().get("POST"), i.resolved(), i.early(), i.onTime(), i.late(), i.inProcess(),
				i.dossierDigitizationRate(), i.resultDigitizationRate() };
	}

	void writeExcel(OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "motcua", "1.0");
		Worksheet sheet = workbook.newWorksheet("Report");
		sheet.value(0, 0, this.title);
		for (int c = 0; c < this.headers.size(); c++) {
			sheet.value(2, c, this.headers.get(c));
			sheet.style(2, c).bold().set();
		}
		int r = 3;
		for (Map.Entry<String, Indicators> line : this.lines.entrySet()) {
			Object[] cells = cells(line.getKey(), line.getValue());
			for (int c = 0; c < cells.length; c++) {
				if (cells[c] instanceof Number n) {
					sheet.value(r, c, n);
				}
				else if (cells[c] != null) {
					sheet.value(r, c, cells[c].toString());
				}
			}
			r++;
		}
		r++;
		Object[] flow = { this.flow.carriedOver(), this.flow.received(), this.flow.resolved(), this.flow.stopped(),
				this.flow.inProcess() };
		for (int c = 0; c < flow.length; c++) {
			sheet.value(r, c, (Number) flow[c]);
		}
		workbook.finish();
	}

	void writeCsv(Writer out) throws IOException {
		out.write(String.join(",", this.headers) + "\r\n");
		for (Map.Entry<String, Indicators> line : this.lines.entrySet()) {
			Object[] cells = cells(line.getKey(), line.getValue());
			StringBuilder row = new StringBuilder();
			for (int c = 0; c < cells.length; c++) {
				row.append(c == 0 ? "" : ",").append(cells[c] == null ? "" : "\"" + cells[c] + "\"");
			}
			out.write(row + "\r\n");
		}
		out.flush();
	}

}
