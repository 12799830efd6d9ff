package org.motcua.statistics;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/statistics/indicators} over hand-computed datasets written straight
 * into the read model, under agencies of their own ({@code 000.99.*}): every indicator,
 * the edge cases (two supplement rounds, withdrawn, stopped, no paper result, received
 * before and finished after a period boundary), the flow view, and the cut by the tree of
 * a date before and after the 2025 reorganisation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorsWebTests {

	static final String AGENCY = "000.99.01.H99";

	@Autowired
	MockMvc mvc;

	@Autowired
	CountedDossiers rows;

	@Autowired
	Statistics statistics;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		this.jdbc.sql("DELETE FROM stat_daily_ended_agency WHERE agency LIKE '000.99.%'").update();
		this.jdbc.sql("DELETE FROM stat_daily_ended WHERE agency LIKE '000.99.%'").update();
		this.jdbc.sql("DELETE FROM stat_daily_agency WHERE agency LIKE '000.99.%'").update();
		this.jdbc.sql("DELETE FROM stat_daily WHERE agency LIKE '000.99.%'").update();
		this.jdbc.sql("DELETE FROM stat_dossier WHERE agency LIKE '000.99.%'").update();
	}

	void march2024() {
		List<TestRows.Row> march = List.of(
				row("A", "COUNTER", "2024-03-04").ended("RESULT_RETURNED", "EARLY", "2024-03-10")
					.papers(2, 2, 0)
					.result(true, true)
					.verified()
					.rated(5),
				row("B", "ONLINE", "2024-03-05").ended("FINISHED", "LATE", "2024-03-20")
					.rounds(2)
					.papers(1, 0, 0)
					.rated(2)
					.eligible(),
				row("C", "ONLINE", "2024-03-06").ended("WITHDRAWN", null, "2024-03-08")
					.papers(1, 1, 1)
					.verified()
					.eligible(),
				row("D", "COUNTER", "2024-03-07").ended("STOPPED", null, "2024-03-12").papers(1, 0, 0),
				row("E", "POST", "2024-03-08").ended("FINISHED", "ON_TIME", "2024-03-15")
					.result(false, false)
					.verified()
					.eligible(),
				row("F", "COUNTER", "2024-03-30").due("2024-04-05"),
				row("G", "ONLINE", "2024-03-31").ended("FINISHED", "EARLY", "2024-04-02")
					.papers(1, 1, 0)
					.result(true, true)
					.eligible(),
				row("H", "COUNTER", "2024-02-28").ended("FINISHED", "ON_TIME", "2024-03-05"));
		march.forEach(r -> this.rows.save(r.build()));
	}

	static TestRows.Row row(String name, String channel, String receivedOn) {
		return TestRows.row("000.99.01.H99-T-" + name, AGENCY, "99001", "COMMUNE", channel, receivedOn);
	}

	/** A number within a billionth of {@code expected}, whatever its JSON type. */
	static org.hamcrest.Matcher<Object> near(double expected) {
		return new org.hamcrest.CustomMatcher<>("a number near " + expected) {

			@Override
			public boolean matches(Object actual) {
				return actual instanceof Number n && Math.abs(n.doubleValue() - expected) < 1e-9;
			}

		};
	}

	ResultActions indicators(String query) throws Exception {
		return this.mvc.perform(get("/api/v1/statistics/indicators?" + query)).andExpect(status().isOk());
	}

	@Test
	void countsEveryIndicatorOfAHandComputedMonth() throws Exception {
		march2024();
		indicators("from=2024-03-01&to=2024-03-31&agency=" + AGENCY).andExpect(jsonPath("$.received").value(7))
			.andExpect(jsonPath("$.byChannel.COUNTER").value(3))
			.andExpect(jsonPath("$.byChannel.ONLINE").value(3))
			.andExpect(jsonPath("$.byChannel.POST").value(1))
			.andExpect(jsonPath("$.resolved").value(5))
			.andExpect(jsonPath("$.resolutionRate").value(near(5.0 / 7)))
			.andExpect(jsonPath("$.early").value(2))
			.andExpect(jsonPath("$.onTime").value(1))
			.andExpect(jsonPath("$.late").value(1))
			.andExpect(jsonPath("$.earlyOrOnTimeRate").value(near(0.75)))
			.andExpect(jsonPath("$.inProcess").value(1))
			.andExpect(jsonPath("$.overdue").value(1))
			.andExpect(jsonPath("$.stopped").value(1))
			.andExpect(jsonPath("$.withdrawn").value(1))
			.andExpect(jsonPath("$.dossierDigitizationRate").value(near(3.0 / 7)))
			.andExpect(jsonPath("$.resultDigitizationRate").value(near(3.0 / 5)))
			.andExpect(jsonPath("$.reuseRate").value(near(1.0 / 7)))
			.andExpect(jsonPath("$.populationLookupRate").value(near(3.0 / 7)))
			.andExpect(jsonPath("$.onlineShare").value(near(3.0 / 7)))
			.andExpect(jsonPath("$.fullOnlineShare").value(near(0.75)))
			.andExpect(jsonPath("$.satisfactionRate").value(near(0.5)))
			.andExpect(jsonPath("$.onlinePaymentRate").value(nullValue()));
	}

	@Test
	void answersNullRatesForAnEmptyPeriod() throws Exception {
		march2024();
		indicators("from=2024-05-01&to=2024-05-31&agency=" + AGENCY).andExpect(jsonPath("$.received").value(0))
			.andExpect(jsonPath("$.resolutionRate").value(nullValue()))
			.andExpect(jsonPath("$.dossierDigitizationRate").value(nullValue()))
			.andExpect(jsonPath("$.resultDigitizationRate").value(nullValue()))
			.andExpect(jsonPath("$.satisfactionRate").value(nullValue()));
	}

	@Test
	void givesTheFlowOfAPeriodAcrossItsBoundaries() {
		march2024();
		IndicatorQuery march = new IndicatorQuery(java.time.LocalDate.parse("2024-03-01"),
				java.time.LocalDate.parse("2024-03-31"), null, null, AGENCY, null, null,
				java.time.LocalDate.parse("2024-03-31"));
		org.assertj.core.api.Assertions.assertThat(this.statistics.flow(march)).isEqualTo(new Flow(1, 7, 5, 1, 2));
		IndicatorQuery april = march.withPeriod(java.time.LocalDate.parse("2024-04-01"),
				java.time.LocalDate.parse("2024-04-30"));
		org.assertj.core.api.Assertions.assertThat(this.statistics.flow(april)).isEqualTo(new Flow(2, 0, 1, 0, 1));
	}

	@Test
	void cutsByTheTreeOfTheDateAsked() throws Exception {
		this.rows.save(
				TestRows.row("000.99.02.H99-T-1", "000.99.02.H99", "990", "DISTRICT", "ONLINE", "2024-06-03").build());
		this.rows.save(
				TestRows.row("000.99.02.H99-T-2", "000.99.02.H99", "99001", "COMMUNE", "ONLINE", "2024-06-03").build());
		this.rows.save(
				TestRows.row("000.99.02.H99-T-3", "000.99.02.H99", "99010", "COMMUNE", "ONLINE", "2024-06-04").build());
		String base = "from=2024-06-01&to=2024-06-30&agency=000.99.02.H99";
		indicators(base + "&unit=990&asOf=2024-12-31").andExpect(jsonPath("$.received").value(2));
		indicators(base + "&level=DISTRICT&asOf=2024-12-31").andExpect(jsonPath("$.received").value(1));
		indicators(base + "&level=COMMUNE&asOf=2024-12-31").andExpect(jsonPath("$.received").value(2));
		indicators(base + "&unit=99100&asOf=2025-08-01").andExpect(jsonPath("$.received").value(1));
		indicators(base + "&level=PROVINCE&asOf=2025-08-01").andExpect(jsonPath("$.received").value(1));
		this.jdbc.sql("UPDATE administrative_unit SET successor_code = '99100' WHERE code = '990'").update();
		try {
			indicators(base + "&unit=99100&asOf=2025-08-01").andExpect(jsonPath("$.received").value(2));
			indicators(base + "&level=PROVINCE&asOf=2025-08-01").andExpect(jsonPath("$.received").value(0));
			indicators(base + "&level=DISTRICT&asOf=2025-08-01").andExpect(jsonPath("$.received").value(0));
			indicators(base + "&unit=99&asOf=2025-08-01").andExpect(jsonPath("$.received").value(3));
		}
		finally {
			this.jdbc.sql("UPDATE administrative_unit SET successor_code = NULL WHERE code = '990'").update();
		}
	}

	@Test
	void refusesBadParametersWithProblems() throws Exception {
		this.mvc.perform(get("/api/v1/statistics/indicators?unit=990&asOf=2025-08-01").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("statistics.unknown-unit"));
		this.mvc.perform(get("/api/v1/statistics/indicators?from=2024-05-01&to=2024-04-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("statistics.bad-period"));
		this.mvc.perform(get("/api/v1/statistics/indicators?from=yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.malformed"));
		this.mvc.perform(get("/api/v1/statistics/indicators?level=HAMLET")).andExpect(status().isBadRequest());
	}

}
