package org.motcua.statistics;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.motcua.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader opens the dashboard of this year (the demo dossiers), drills down to the
 * commune level and to a unit, downloads the Excel report and finds in its cells the
 * figures the page showed.
 */
class StatisticsBrowserTests extends BrowserTest {

	@Test
	void drillsDownToAUnitAndDownloadsItsExcelReport() throws Exception {
		login("leader1", "motcua2026");
		this.page.navigate("/statistics");
		for (int i = 0; i < 30 && Integer.parseInt(this.page.locator("#received").innerText().strip()) == 0; i++) {
			Thread.sleep(1000);
			this.page.reload();
		}
		assertThat(this.page.locator("#trend-chart").isVisible()).isTrue();
		this.page.locator("#drill a[href*='level=COMMUNE']").click();
		this.page.waitForLoadState();
		this.page.locator("#drill tbody a").first().click();
		this.page.waitForLoadState();
		assertThat(this.page.url()).contains("unit=");
		long received = Long.parseLong(this.page.locator("#received").innerText().strip());
		long resolved = Long.parseLong(this.page.locator("#resolved").innerText().strip());
		assertThat(received).isPositive();
		String agency = this.page.locator("#drill tbody a").first().innerText().strip();
		screenshot("unit");
		Download download = this.page.waitForDownload(() -> this.page.locator("#excel").click());
		try (InputStream in = Files.newInputStream(download.path());
				ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			List<Row> rows = workbook.getFirstSheet().read();
			int header = 0;
			while (!List.of("Cơ quan", "Agency").contains(rows.get(header).getCellText(0))) {
				header++;
			}
			long sumReceived = 0;
			long sumResolved = 0;
			boolean agencyFound = false;
			for (Row row : rows.subList(header + 1, rows.size())) {
				if (row.getCellCount() > 5 && !row.getCellText(0).isBlank() && !row.getCellText(0).matches("\\d+")) {
					sumReceived += row.getCellAsNumber(1).orElseThrow().longValue();
					sumResolved += row.getCellAsNumber(5).orElseThrow().longValue();
					agencyFound |= row.getCellText(0).equals(agency);
				}
			}
			assertThat(agencyFound).isTrue();
			assertThat(sumReceived).isEqualTo(received);
			assertThat(sumResolved).isEqualTo(resolved);
		}
	}

}
