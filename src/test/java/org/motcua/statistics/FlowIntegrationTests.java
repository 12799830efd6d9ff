package org.motcua.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.shared.Level;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flow of a period read from the roll-ups by day of receipt and by day of ending
 * gives the same numbers as counting the rows themselves (the computation it replaced),
 * over hand-made dossiers: received before and ended after a period boundary, ended on a
 * boundary day, withdrawn, stopped, rejected at intake, still open; kept by the
 * incremental path (including a dossier whose day of ending changes) and by the
 * recomputation of every roll-up alike. The level lines read from one grouping equal the
 * indicators of each level.
 */
@SpringBootTest
class FlowIntegrationTests {

	static final String AGENCY = "000.99.05.H99";

	@Autowired
	CountedDossiers rows;

	@Autowired
	Statistics statistics;

	@Autowired
	JdbcClient jdbc;

	static final List<LocalDate[]> PERIODS = List.of(period("2024-01-01", "2024-03-31"),
			period("2024-03-01", "2024-03-31"), period("2024-04-01", "2024-04-30"), period("2024-01-01", "2024-12-31"),
			period("2024-03-31", "2024-03-31"), period("2024-04-01", "2024-04-01"), period("2023-12-01", "2023-12-31"),
			period("2024-01-05", "2024-02-20"), period("2025-01-01", "2025-12-31"));

	@BeforeEach
	void clean() throws InterruptedException {
		TestRows.awaitCounting(this.jdbc);
		for (String table : List.of("stat_daily_ended_agency", "stat_daily_ended", "stat_daily_agency", "stat_daily",
				"stat_dossier")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE agency LIKE '000.99.%'").update();
		}
	}

	@Test
	void flowFromTheRollUpsEqualsTheRowCount() {
		List<CountedDossier> dossiers = List.of(
				row("P01", "2023-12-20").ended("FINISHED", "EARLY", "2024-01-05").build(),
				row("P02", "2023-12-28").build(),
				row("P03", "2024-01-10").ended("WITHDRAWN", null, "2024-01-12").build(),
				row("P04", "2024-02-01").ended("STOPPED", null, "2024-02-20").build(),
				row("P05", "2024-03-31").ended("RESULT_RETURNED", "ON_TIME", "2024-04-01").build(),
				row("P06", "2024-03-15").ended("FINISHED", "LATE", "2024-03-31").build(),
				row("P07", "2024-01-01").ended("FINISHED", "EARLY", "2024-01-01").build(),
				rejected(row("P08", "2024-02-02").ended("FINISHED", null, "2024-02-02").build()),
				procedure(row("P09", "2024-02-10").ended("WITHDRAWN", null, "2024-04-15"), "1.000002").build(),
				procedure(row("P10", "2024-04-02"), "1.000002").build(),
				row("P11", "2023-11-01").ended("STOPPED", null, "2023-11-30").build());
		dossiers.forEach(this.rows::save);
		assertThat(this.statistics.flow(query("2024-01-01", "2024-03-31", null))).isEqualTo(new Flow(2, 6, 4, 1, 3));
		assertSameFlows();

		// P02, open since December, is finished in February; P05's ending is corrected
		// from 1 April to 31 March, so its group of 1 April must lose it.
		this.rows.save(row("P02", "2023-12-28").ended("FINISHED", "ON_TIME", "2024-02-05").build());
		this.rows.save(row("P05", "2024-03-31").ended("RESULT_RETURNED", "ON_TIME", "2024-03-31").build());
		assertThat(this.statistics.flow(query("2024-01-01", "2024-03-31", null))).isEqualTo(new Flow(2, 6, 6, 1, 1));
		assertThat(this.statistics.flow(query("2024-04-01", "2024-04-01", null))).isEqualTo(new Flow(1, 0, 0, 0, 1));
		assertSameFlows();

		// P06 moves to another procedure: both procedures' groups are recomputed.
		this.rows.save(procedure(row("P06", "2024-03-15").ended("FINISHED", "LATE", "2024-03-31"), "1.000002").build());
		assertSameFlows();

		List<String> incremental = ours(this.rows.rollUps());
		this.rows.rollUpAll();
		assertThat(ours(this.rows.rollUps())).isEqualTo(incremental);
		assertSameFlows();
	}

	@Test
	void levelLinesFromOneGroupingEqualEachLevelsIndicators() {
		this.rows.save(row("L1", "2024-03-04").ended("FINISHED", "EARLY", "2024-03-06").build());
		this.rows.save(row("L2", "2024-03-05").build());
		IndicatorQuery year = new IndicatorQuery(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), null,
				null, null, null, null, LocalDate.parse("2024-12-31"));
		for (IndicatorQuery cut : List.of(year, year.withAgency(AGENCY), year.withUnit("990"),
				year.withLevel(Level.COMMUNE))) {
			Map<String, Indicators> levels = this.statistics.byLevel(cut);
			assertThat(levels.keySet()).containsExactly("PROVINCE", "DISTRICT", "COMMUNE");
			for (Level level : Level.values()) {
				assertThat(levels.get(level.name())).usingRecursiveComparison()
					.ignoringFields("overdue")
					.isEqualTo(this.statistics.indicators(cut.withLevel(level)));
			}
		}
		assertThat(this.statistics.byLevel(year.withAgency(AGENCY)).get("DISTRICT").received()).isEqualTo(2);
	}

	private void assertSameFlows() {
		for (LocalDate[] period : PERIODS) {
			for (String procedure : new String[] { null, "1.000001", "1.000002" }) {
				IndicatorQuery query = query(period[0].toString(), period[1].toString(), procedure);
				Flow flow = this.statistics.flow(query);
				assertThat(flow).as("%s %s", List.of(period), procedure).isEqualTo(rowCount(query));
				assertThat(flow.carriedOver() + flow.received())
					.isEqualTo(flow.resolved() + flow.stopped() + flow.inProcess());
			}
		}
	}

	/**
	 * The flow as it was computed before the roll-ups by day of ending: from the rows.
	 */
	private Flow rowCount(IndicatorQuery query) {
		return this.jdbc.sql("""
				SELECT
				  SUM(CASE WHEN received_on < :start AND (ended_on IS NULL OR ended_on >= :start) THEN 1 ELSE 0 END),
				  SUM(CASE WHEN received_on >= :start THEN 1 ELSE 0 END),
				  SUM(CASE WHEN resolved AND ended_on >= :start AND ended_on <= :to THEN 1 ELSE 0 END),
				  SUM(CASE WHEN NOT resolved AND ended_on >= :start AND ended_on <= :to THEN 1 ELSE 0 END),
				  SUM(CASE WHEN ended_on IS NULL OR ended_on > :to THEN 1 ELSE 0 END)
				FROM stat_dossier WHERE received AND (ended_on IS NULL OR ended_on >= :start)
				  AND received_on >= :from AND received_on <= :to AND agency = :agency
				  AND (CAST(:procedure AS VARCHAR(60)) IS NULL OR procedure_code = :procedure)""")
			.param("start", query.from())
			.param("from", LocalDate.of(1900, 1, 1))
			.param("to", query.to())
			.param("agency", AGENCY)
			.param("procedure", query.procedure())
			.query((rs, n) -> new Flow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.single();
	}

	private static IndicatorQuery query(String from, String to, String procedure) {
		return new IndicatorQuery(LocalDate.parse(from), LocalDate.parse(to), null, null, AGENCY, procedure, null,
				LocalDate.parse("2024-12-31"));
	}

	private static List<String> ours(List<String> lines) {
		return lines.stream().filter(l -> l.contains(AGENCY)).toList();
	}

	private static TestRows.Row row(String code, String receivedOn) {
		return TestRows.row(AGENCY + "-" + code, AGENCY, "990", "DISTRICT", "ONLINE", receivedOn);
	}

	private static TestRows.Row procedure(TestRows.Row row, String code) {
		row.procedure = code;
		return row;
	}

	/** The dossier refused at intake: kept, counted nowhere. */
	private static CountedDossier rejected(CountedDossier d) {
		return new CountedDossier(d.code(), d.agency(), d.unit(), d.level(), d.procedureCode(), d.procedureVersion(),
				d.field(), d.channel(), "REJECTED", false, d.receivedOn(), d.receivedAt(), d.dueAt(), d.finishedAt(),
				d.returnedAt(), d.endedOn(), false, false, null, 0, 0, 0, 0, false, true, false, null, false,
				d.lastEventAt());
	}

	private static LocalDate[] period(String from, String to) {
		return new LocalDate[] { LocalDate.parse(from), LocalDate.parse(to) };
	}

}
