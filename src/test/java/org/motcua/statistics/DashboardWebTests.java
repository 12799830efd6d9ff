package org.motcua.statistics;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The article's district year reproduced through the API and the dashboard from a
 * generated dataset with its counts (9,977 received, 502 at the desk, 9,475 online, 9,970
 * resolved), the drill-down to a unit, the Excel report's cells, and who may see it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardWebTests {

	static final String AGENCY = "000.99.10.H99";

	@Autowired
	MockMvc mvc;

	@Autowired
	CountedDossiers rows;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void articleYear() {
		this.jdbc.sql("DELETE FROM stat_daily_ended_agency WHERE agency LIKE '000.99.%'").update();
		this.jdbc.sql("DELETE FROM stat_daily_ended WHERE agency LIKE '000.99.%'").update();
		this.jdbc.sql("DELETE FROM stat_daily_agency WHERE agency LIKE '000.99.%'").update();
		this.jdbc.sql("DELETE FROM stat_daily WHERE agency LIKE '000.99.%'").update();
		this.jdbc.sql("DELETE FROM stat_dossier WHERE agency LIKE '000.99.%'").update();
		List<CountedDossier> year = new ArrayList<>();
		for (int i = 0; i < 9977; i++) {
			TestRows.Row row = TestRows.row("%s-T-%05d".formatted(AGENCY, i), AGENCY, "990", "DISTRICT",
					i < 502 ? "COUNTER" : "ONLINE", java.time.LocalDate.of(2023, 1 + i % 12, 1 + i % 28).toString());
			if (i >= 7) {
				row.ended("RESULT_RETURNED", i % 10 == 0 ? "ON_TIME" : "EARLY", row.receivedOn.plusDays(3).toString())
					.papers(2, 2, 0)
					.result(true, true);
			}
			year.add(row.build());
		}
		this.rows.insertAll(year);
		this.rows.rollUpAll();
	}

	@Test
	void reproducesTheArticlesDistrictYearThroughTheApi() throws Exception {
		this.mvc.perform(get("/api/v1/statistics/indicators?from=2023-01-01&to=2023-12-31&unit=990&asOf=2024-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(9977))
			.andExpect(jsonPath("$.byChannel.COUNTER").value(502))
			.andExpect(jsonPath("$.byChannel.ONLINE").value(9475))
			.andExpect(jsonPath("$.resolved").value(9970))
			.andExpect(jsonPath("$.resolutionRate").value(IndicatorsWebTests.near(9970.0 / 9977)));
	}

	@Test
	void drillsDownToTheUnitAndExportsItsReport() throws Exception {
		String base = "from=2023-01-01&to=2023-12-31&asOf=2024-12-31";
		this.mvc.perform(get("/statistics?" + base).with(user(this.users.loadUserByUsername("leader1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("level=DISTRICT")));
		this.mvc
			.perform(get("/statistics?" + base + "&level=DISTRICT").with(user(this.users.loadUserByUsername("stats1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("unit=990")));
		this.mvc.perform(get("/statistics?" + base + "&unit=990").with(user(this.users.loadUserByUsername("stats1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("9977")))
			.andExpect(content().string(containsString(AGENCY)));
		byte[] excel = this.mvc
			.perform(get("/statistics/report.xlsx?" + base + "&unit=990")
				.with(user(this.users.loadUserByUsername("stats1"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(excel))) {
			List<Row> cells = workbook.getFirstSheet().read();
			Row line = cells.stream()
				.filter(r -> r.getCellCount() > 0 && AGENCY.equals(r.getCellText(0)))
				.findFirst()
				.orElseThrow();
			assertThat(line.getCellAsNumber(1)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(9977));
			assertThat(line.getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(502));
			assertThat(line.getCellAsNumber(3)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(9475));
			assertThat(line.getCellAsNumber(5)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(9970));
		}
		this.mvc
			.perform(get("/statistics/report.csv?" + base + "&unit=990")
				.with(user(this.users.loadUserByUsername("stats1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"" + AGENCY + "\",\"9977\",\"502\",\"9475\"")));
	}

	@Test
	void showsThe766IndexTargetsAndPrintableReport() throws Exception {
		String base = "from=2023-01-01&to=2023-12-31&asOf=2024-12-31&agency=" + AGENCY;
		this.mvc.perform(get("/statistics/index766?" + base).with(user(this.users.loadUserByUsername("leader1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa có dữ liệu")))
			.andExpect(content().string(containsString("9970 / 9970")));
		this.mvc.perform(get("/statistics/targets?" + base).with(user(this.users.loadUserByUsername("leader1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2023")));
		this.mvc.perform(get("/statistics/report?" + base).with(user(this.users.loadUserByUsername("leader1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("9977")));
	}

	@Test
	void drillsDownFromAnAgencyToItsFieldsThenProcedures() throws Exception {
		String base = "from=2023-01-01&to=2023-12-31&asOf=2024-12-31&unit=990";
		this.mvc
			.perform(get("/statistics?" + base + "&agency=" + AGENCY)
				.with(user(this.users.loadUserByUsername("stats1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Theo lĩnh vực")))
			.andExpect(content().string(containsString("agency=" + AGENCY + "&amp;field=F1")));
		this.mvc
			.perform(get("/statistics?" + base + "&agency=" + AGENCY + "&field=F1")
				.with(user(this.users.loadUserByUsername("stats1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Theo thủ tục")))
			.andExpect(content().string(containsString("field=F1&amp;procedure=1.000001")))
			.andExpect(content().string(containsString(">9977<")));
		this.mvc
			.perform(get("/statistics?" + base + "&agency=" + AGENCY + "&field=F1&procedure=1.000001")
				.with(user(this.users.loadUserByUsername("stats1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(AGENCY + "-T-09911")));
		// the links of before, without the field, still lead to the procedure's dossiers
		this.mvc
			.perform(get("/statistics?" + base + "&agency=" + AGENCY + "&procedure=1.000001")
				.with(user(this.users.loadUserByUsername("stats1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(AGENCY + "-T-09911")));
		// another field of the agency has no dossiers
		this.mvc
			.perform(get("/statistics?" + base + "&agency=" + AGENCY + "&field=F9")
				.with(user(this.users.loadUserByUsername("stats1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td id=\"received\">0</td>")));
	}

	@Test
	void downloadsTheReportAsPdf() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/statistics/report.pdf?from=2023-01-01&to=2023-12-31&asOf=2024-12-31&unit=990")
				.with(user(this.users.loadUserByUsername("stats1"))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("bao-cao-2023-01-01-2023-12-31.pdf");
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Báo cáo tình hình giải quyết thủ tục hành chính từ 2023-01-01 đến 2023-12-31")
				.contains("Theo cơ quan")
				.contains("Theo lĩnh vực")
				.contains("Tình hình giải quyết trong kỳ")
				.contains("Cấp huyện")
				.contains(AGENCY + " 9977 502 9475 0 9970")
				.contains("F1 9977 502 9475 0 9970")
				.contains(
						"Kỳ trước chuyển sang 0 + tiếp nhận mới 9.977 = đã giải quyết 9.970 + dừng xử lý 0 + đang giải quyết 7");
		}
	}

	@Test
	void refusesTheDashboardToADeskOfficer() throws Exception {
		this.mvc.perform(get("/statistics").with(user(this.users.loadUserByUsername("desk1"))))
			.andExpect(status().isForbidden());
	}

}
