package org.motcua.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierFacts;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.Outcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-ups kept by adding to the lines of a dossier's groups what each event changes
 * equal, line by line, those a rebuild computes from the rows by {@code GROUP BY}: over
 * events of intake, ending, a corrected day of ending, rating, withdrawal, a dossier
 * refused after receipt, a corrected day of receipt, redeliveries and events out of
 * order, for dossiers of the same and of different groups; over events of many dossiers
 * of one group delivered at once; and over a row whose level changed. Each column counts
 * a row the same in Java as in SQL.
 */
@SpringBootTest
class RollUpsIntegrationTests {

	/** The days of this test's dossiers, used by no other test. */
	static final LocalDate FIRST = LocalDate.of(2001, 4, 1);

	static final String MONTH = "2001-04-";

	@Autowired
	ReadModel model;

	@Autowired
	CountedDossiers rows;

	@Autowired
	JdbcClient jdbc;

	/** What a demo dossier was filed with, for dossiers that count like it. */
	record Filing(String agency, String unit, String procedure, int version) {

	}

	@BeforeEach
	void awaitAndClean() throws InterruptedException {
		TestRows.awaitCounting(this.jdbc);
		clean();
	}

	@AfterEach
	void clean() {
		for (String table : List.of("stat_daily_ended_agency", "stat_daily_ended")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE ended_on >= :from AND ended_on < :to")
				.param("from", FIRST)
				.param("to", FIRST.plusMonths(1))
				.update();
		}
		for (String table : List.of("stat_daily_agency", "stat_daily", "stat_dossier")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE received_on >= :from AND received_on < :to")
				.param("from", FIRST)
				.param("to", FIRST.plusMonths(1))
				.update();
		}
		this.jdbc.sql("DELETE FROM stat_dossier WHERE code LIKE 'RU-%'").update();
	}

	@Test
	void eachColumnCountsARowInJavaAsInSql() {
		long seed = 20261128L;
		System.out.println("Random rows of seed " + seed);
		Random random = new Random(seed);
		String[] channels = { "COUNTER", "ONLINE", "POST" };
		String[] statuses = { "IN_PROCESS", "FINISHED", "RESULT_RETURNED", "WITHDRAWN", "STOPPED" };
		String[] outcomes = { null, "EARLY", "ON_TIME", "LATE" };
		List<CountedDossier> random500 = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			int papers = random.nextInt(3);
			Instant at = FIRST.atStartOfDay().toInstant(ZoneOffset.UTC);
			random500.add(new CountedDossier("RU-C" + i, "000.99.05.H99", "990", "DISTRICT", "1.000001", 1, "F1",
					channels[random.nextInt(3)], statuses[random.nextInt(5)], true, FIRST, at, at, null, null,
					random.nextBoolean() ? FIRST : null, random.nextBoolean(), random.nextBoolean(),
					outcomes[random.nextInt(4)], 0, papers, random.nextInt(papers + 1), random.nextInt(2),
					random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
					random.nextInt(3) == 0 ? null : 1 + random.nextInt(5), random.nextBoolean(), at));
		}
		this.rows.insertAll(random500);
		Map<String, List<Long>> receipt = sums(CountColumn.sums(CountColumn.RECEIPT));
		Map<String, List<Long>> ending = sums(CountColumn.sums(CountColumn.ENDING));
		for (CountedDossier row : random500) {
			assertThat(receipt.get(row.code())).as(row.toString())
				.isEqualTo(list(CountColumn.of(CountColumn.RECEIPT, row)));
			assertThat(ending.get(row.code())).as(row.toString())
				.isEqualTo(list(CountColumn.of(CountColumn.ENDING, row)));
		}
	}

	/** The SQL counts of each of this test's rows, by code. */
	private Map<String, List<Long>> sums(String sums) {
		return this.jdbc.sql("SELECT code, " + sums + " FROM stat_dossier WHERE code LIKE 'RU-%' GROUP BY code")
			.query((rs, n) -> {
				List<Long> counts = new ArrayList<>();
				for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
					counts.add(rs.getLong(i));
				}
				return Map.entry(rs.getString(1), counts);
			})
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static List<Long> list(long[] counts) {
		return Arrays.stream(counts).boxed().toList();
	}

	@Test
	void eventsKeepTheRollUpsAsTheRebuildComputesThem() {
		List<Filing> filings = filings();
		Filing one = filings.get(0);
		Filing other = filings.get(1);
		Dossier a = new Dossier("RU-A", one, day(1), Channel.ONLINE);
		Dossier b = new Dossier("RU-B", one, day(1), Channel.ONLINE);
		Dossier c = new Dossier("RU-C", one, day(1), Channel.COUNTER);
		Dossier d = new Dossier("RU-D", one, day(2), Channel.COUNTER);
		Dossier e = new Dossier("RU-E", other, day(1), Channel.ONLINE);
		Dossier f = new Dossier("RU-F", one, day(1), Channel.ONLINE);
		Dossier g = new Dossier("RU-G", one, day(3), Channel.ONLINE);

		// intake of all; A handed on, then finished early on the 5th
		for (Dossier dossier : List.of(a, b, c, d, e, f, g)) {
			assertThat(this.model.apply(dossier.event())).isTrue();
		}
		a.status = DossierStatus.IN_PROCESS;
		a.papers(3, 2, 1);
		apply(a.event());
		a.end(DossierStatus.FINISHED, day(5), Outcome.EARLY);
		DossierFacts aFinished = a.event();
		apply(aFinished);
		assertSame();

		// B withdrawn on the 2nd: its withdrawal arrives before its hand-on, which is
		// then skipped
		b.status = DossierStatus.IN_PROCESS;
		DossierFacts bHandedOn = b.event();
		b.end(DossierStatus.WITHDRAWN, day(2), null);
		apply(b.event());
		assertThat(this.model.apply(bHandedOn)).isFalse();
		// C stopped on the 5th, in A's group of that day; D finished late on the 5th
		c.end(DossierStatus.STOPPED, day(5), null);
		apply(c.event());
		d.papers(2, 2, 0);
		d.resultElectronic = true;
		d.end(DossierStatus.FINISHED, day(5), Outcome.LATE);
		apply(d.event());
		// E, of another group, finished on time and returned, then rated
		e.end(DossierStatus.FINISHED, day(4), Outcome.ON_TIME);
		apply(e.event());
		e.status = DossierStatus.RESULT_RETURNED;
		apply(e.event());
		e.rating = 5;
		apply(e.event());
		assertSame();

		// A's ending corrected from the 5th to the 6th: the 5th's lines lose it; A rated
		// low; A's finishing delivered again and late changes nothing
		a.end(DossierStatus.FINISHED, day(6), Outcome.EARLY);
		apply(a.event());
		a.status = DossierStatus.RESULT_RETURNED;
		a.rating = 2;
		DossierFacts aRated = a.event();
		apply(aRated);
		assertThat(this.model.apply(aFinished)).isFalse();
		assertThat(this.model.apply(aRated)).isFalse();
		// F refused after its receipt: counted nowhere, its lines lose it
		f.status = DossierStatus.REJECTED;
		apply(f.event());
		// G's receipt corrected from the 3rd to the 4th: the 3rd's lines are emptied
		g.receivedOn = day(4);
		apply(g.event());
		assertSame();
		assertThat(lines()).noneMatch(line -> line.contains(day(3).toString()));
		assertThat(this.jdbc
			.sql("SELECT SUM(received) FROM stat_daily_agency WHERE received_on >= :from"
					+ " AND received_on < :to AND agency = :agency")
			.param("from", FIRST)
			.param("to", FIRST.plusMonths(1))
			.param("agency", one.agency())
			.query(Long.class)
			.single()).isEqualTo(one.agency().equals(other.agency()) ? 6 : 5);
	}

	@Test
	void eventsOfOneGroupDeliveredAtOnceAddUp() throws Exception {
		Filing one = filings().get(0);
		List<DossierFacts> events = new ArrayList<>();
		int dossiers = 30;
		for (int i = 0; i < dossiers; i++) {
			Dossier dossier = new Dossier("RU-P" + i, one, day(10), i % 2 == 0 ? Channel.ONLINE : Channel.COUNTER);
			events.add(dossier.event());
			dossier.status = DossierStatus.IN_PROCESS;
			dossier.papers(2, i % 3, 0);
			events.add(dossier.event());
			if (i % 3 != 0) {
				dossier.end(DossierStatus.FINISHED, day(11 + i % 2), i % 2 == 0 ? Outcome.EARLY : Outcome.LATE);
				events.add(dossier.event());
			}
		}
		long seed = 20261127L;
		System.out.println("Events shuffled with seed " + seed);
		Collections.shuffle(events, new Random(seed));
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Boolean>> done = new ArrayList<>();
			for (DossierFacts event : events) {
				done.add(pool.submit(() -> this.model.apply(event)));
			}
			for (Future<Boolean> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("SELECT received FROM stat_daily_agency WHERE received_on = :day AND agency = :agency")
			.param("day", day(10))
			.param("agency", one.agency())
			.query(Long.class)
			.single()).isEqualTo(dossiers);
		assertThat(
				this.jdbc.sql("SELECT SUM(ended) FROM stat_daily_ended WHERE ended_on IN (:days) AND agency = :agency")
					.param("days", List.of(day(11), day(12)))
					.param("agency", one.agency())
					.query(Long.class)
					.single())
			.isEqualTo(20);
		assertSame();
	}

	@Test
	void aRowWhoseLevelChangedHasItsGroupsRecomputed() {
		String agency = "000.99.05.H98";
		this.rows.save(TestRows.row("RU-L1", agency, "990", "COMMUNE", "ONLINE", day(20).toString())
			.ended("FINISHED", "EARLY", day(21).toString())
			.build());
		this.rows.save(TestRows.row("RU-L2", agency, "990", "COMMUNE", "ONLINE", day(20).toString()).build());
		assertSame();
		// the agency became a district's: its dossiers count under the new level from now
		this.rows.save(TestRows.row("RU-L1", agency, "990", "DISTRICT", "ONLINE", day(20).toString())
			.ended("FINISHED", "EARLY", day(22).toString())
			.build());
		this.rows.save(TestRows.row("RU-L2", agency, "990", "DISTRICT", "ONLINE", day(20).toString()).build());
		assertSame();
		assertThat(lines()).hasSize(4).allMatch(line -> line.contains("DISTRICT"));
	}

	private void apply(DossierFacts event) {
		assertThat(this.model.apply(event)).as(event.code() + " " + event.status()).isTrue();
	}

	/** This test's roll-up lines equal those a rebuild computes from the rows. */
	private void assertSame() {
		List<String> incremental = lines();
		assertThat(incremental).isNotEmpty();
		this.rows.rollUpAll();
		assertThat(lines()).isEqualTo(incremental);
	}

	private List<String> lines() {
		return this.rows.rollUps().stream().filter(line -> line.contains(MONTH)).toList();
	}

	private static LocalDate day(int day) {
		return FIRST.withDayOfMonth(day);
	}

	/** Two filings of demo dossiers that differ in agency or procedure. */
	private List<Filing> filings() {
		List<Filing> filings = this.jdbc
			.sql("SELECT DISTINCT agency_code, unit_code, procedure_code, procedure_version FROM dossier"
					+ " WHERE received_at IS NOT NULL AND unit_code IS NOT NULL ORDER BY 1, 3, 4")
			.query((rs, n) -> new Filing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
		assertThat(filings).hasSizeGreaterThan(1);
		return filings;
	}

	/** A dossier as its events describe it, changed between events. */
	static final class Dossier {

		final String code;

		final Filing filing;

		final Channel channel;

		LocalDate receivedOn;

		DossierStatus status = DossierStatus.RECEIVED;

		LocalDate endedOn;

		Outcome outcome;

		int papers;

		int digitized;

		int reused;

		boolean resultElectronic;

		Integer rating;

		int sequence;

		Dossier(String code, Filing filing, LocalDate receivedOn, Channel channel) {
			this.code = code;
			this.filing = filing;
			this.receivedOn = receivedOn;
			this.channel = channel;
		}

		void papers(int papers, int digitized, int reused) {
			this.papers = papers;
			this.digitized = digitized;
			this.reused = reused;
		}

		void end(DossierStatus status, LocalDate on, Outcome outcome) {
			this.status = status;
			this.endedOn = on;
			this.outcome = outcome;
		}

		/** The facts of the dossier's next event, as it stands now. */
		DossierFacts event() {
			this.sequence++;
			Instant received = this.receivedOn.atTime(2, 0).toInstant(ZoneOffset.UTC);
			Instant ended = this.endedOn == null ? null : this.endedOn.atTime(3, 0).toInstant(ZoneOffset.UTC);
			boolean finished = this.status == DossierStatus.FINISHED || this.status == DossierStatus.RESULT_RETURNED;
			return new DossierFacts(this.code, this.filing.procedure(), this.filing.version(), this.filing.agency(),
					this.filing.unit(), this.channel, null, null, null, this.status, this.status.nationalCode(),
					received, received, received.plusSeconds(5 * 86_400), finished ? ended : null,
					this.status == DossierStatus.RESULT_RETURNED ? ended : null, finished ? this.outcome : null, 0,
					false, new DossierFacts.Counts(this.papers, this.digitized, this.reused, this.resultElectronic,
							false, this.rating, ended, received.plusSeconds(60L * this.sequence), this.sequence));
		}

	}

}
