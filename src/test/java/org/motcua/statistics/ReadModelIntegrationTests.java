package org.motcua.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.motcua.dossier.DossierFacts;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierWork;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model as the dossier events feed it (the demo dossiers of every state, loaded
 * at start): a redelivered event, or an older one delivered late at the same instant,
 * changes nothing, and a rebuild from the dossiers gives the same rows and roll-ups as
 * the incremental path.
 */
@SpringBootTest
class ReadModelIntegrationTests {

	@Autowired
	ReadModel model;

	@Autowired
	CountedDossiers rows;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DossierWork dossiers;

	void awaitEvents() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline && this.jdbc.sql(
				"SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%statistics%'")
			.query(Long.class)
			.single() > 0) {
			Thread.sleep(200);
		}
	}

	@Test
	void countsTheDemoDossiersFromTheirEvents() throws InterruptedException {
		awaitEvents();
		List<CountedDossier> all = this.rows.all();
		assertThat(all).anySatisfy(r -> assertThat(r.status()).isEqualTo("RESULT_RETURNED"))
			.anySatisfy(r -> assertThat(r.openNow()).isTrue())
			.anySatisfy(r -> assertThat(r.papersDigitized()).isPositive());
		assertThat(all).allSatisfy(r -> assertThat(r.receivedAt()).isNotNull());
	}

	@Test
	void redeliveredEventsChangeNothing() throws InterruptedException {
		awaitEvents();
		List<CountedDossier> before = this.rows.all();
		List<String> rollUps = this.rows.rollUps();
		for (String code : demo()) {
			DossierFacts last = this.dossiers.findFacts(code).orElseThrow();
			assertThat(this.model.apply(last)).isFalse();
			assertThat(this.model.apply(earlier(last, last.status(), last.counts().sequence() - 1))).isFalse();
			// an event stored before facts had counts: counted from the dossier as it
			// stands
			assertThat(this.model.apply(new DossierFacts(last.code(), last.procedureCode(), last.procedureVersion(),
					last.agency(), last.unit(), last.channel(), last.applicantKind(), last.idType(), last.idLastFour(),
					DossierStatus.RECEIVED, 2, last.submittedAt(), last.receivedAt(), last.dueAt(), null, null, null, 0,
					false, null)))
				.isFalse();
		}
		assertThat(this.rows.all()).isEqualTo(before);
		assertThat(this.rows.rollUps()).isEqualTo(rollUps);
	}

	@Test
	void anOlderEventDeliveredLateAtTheSameInstantChangesNothing() throws InterruptedException {
		awaitEvents();
		DossierFacts demo = this.dossiers.findFacts(demo().iterator().next()).orElseThrow();
		Instant at = Instant.parse("2001-02-03T02:04:05Z");
		String code = demo.agency() + "-010203-9" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		DossierFacts.Counts counts = new DossierFacts.Counts(2, 1, 0, false, true, null, null, at, 3);
		DossierFacts handedOver = new DossierFacts(code, demo.procedureCode(), demo.procedureVersion(), demo.agency(),
				demo.unit(), demo.channel(), demo.applicantKind(), demo.idType(), demo.idLastFour(),
				DossierStatus.IN_PROCESS, 4, at, at, at.plusSeconds(86_400), null, null, null, 0, false, counts);
		try {
			assertThat(this.model.apply(handedOver)).isTrue();
			CountedDossier row = this.rows.find(code).orElseThrow();
			assertThat(row.status()).isEqualTo("IN_PROCESS");
			List<String> rollUps = this.rows.rollUps();
			assertThat(this.model.apply(earlier(handedOver, DossierStatus.RECEIVED, 2))).isFalse();
			assertThat(this.model.apply(handedOver)).isFalse();
			assertThat(this.rows.find(code)).contains(row);
			assertThat(this.rows.rollUps()).isEqualTo(rollUps);
		}
		finally {
			this.jdbc.sql("DELETE FROM stat_dossier WHERE code = :code").param("code", code).update();
			this.jdbc.sql("DELETE FROM stat_daily_agency WHERE received_on = :day")
				.param("day", java.time.LocalDate.of(2001, 2, 3))
				.update();
			this.jdbc.sql("DELETE FROM stat_daily WHERE received_on = :day")
				.param("day", java.time.LocalDate.of(2001, 2, 3))
				.update();
		}
	}

	@Test
	void concurrentDeliveriesOfOneDossiersEventsLeaveTheLatest() throws Exception {
		awaitEvents();
		DossierFacts demo = this.dossiers.findFacts(demo().iterator().next()).orElseThrow();
		Instant at = Instant.parse("2001-02-05T02:04:05Z");
		String code = demo.agency() + "-010205-9" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		DossierStatus[] states = { DossierStatus.RECEIVED, DossierStatus.IN_PROCESS,
				DossierStatus.AWAITING_SUPPLEMENT };
		List<DossierFacts> events = new java.util.ArrayList<>();
		for (int sequence = 1; sequence <= 60; sequence++) {
			DossierStatus status = states[sequence % states.length];
			events.add(new DossierFacts(code, demo.procedureCode(), demo.procedureVersion(), demo.agency(), demo.unit(),
					demo.channel(), demo.applicantKind(), demo.idType(), demo.idLastFour(), status,
					status.nationalCode(), at, at, at.plusSeconds(86_400), null, null, null, 0, false,
					new DossierFacts.Counts(sequence % 4, 0, 0, false, false, null, null, at, sequence)));
		}
		java.util.Collections.shuffle(events, new java.util.Random(20261127L));
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<Boolean>> done = new java.util.ArrayList<>();
			for (DossierFacts event : events) {
				done.add(pool.submit(() -> this.model.apply(event)));
			}
			for (java.util.concurrent.Future<Boolean> one : done) {
				one.get();
			}
			CountedDossier row = this.rows.find(code).orElseThrow();
			assertThat(row.status()).isEqualTo(states[60 % states.length].name());
			assertThat(row.papers()).isEqualTo(60 % 4);
			assertThat(this.jdbc.sql("SELECT last_event_seq FROM stat_dossier WHERE code = :code")
				.param("code", code)
				.query(Integer.class)
				.single()).isEqualTo(60);
		}
		finally {
			pool.shutdownNow();
			this.jdbc.sql("DELETE FROM stat_dossier WHERE code = :code").param("code", code).update();
			this.jdbc.sql("DELETE FROM stat_daily_agency WHERE received_on = :day")
				.param("day", java.time.LocalDate.of(2001, 2, 5))
				.update();
			this.jdbc.sql("DELETE FROM stat_daily WHERE received_on = :day")
				.param("day", java.time.LocalDate.of(2001, 2, 5))
				.update();
		}
	}

	/** The facts of an earlier event of the same dossier at the same instant. */
	private static DossierFacts earlier(DossierFacts f, DossierStatus status, int sequence) {
		DossierFacts.Counts c = f.counts();
		return new DossierFacts(f.code(), f.procedureCode(), f.procedureVersion(), f.agency(), f.unit(), f.channel(),
				f.applicantKind(), f.idType(), f.idLastFour(), status, status.nationalCode(), f.submittedAt(),
				f.receivedAt(), f.dueAt(), f.finishedAt(), f.returnedAt(), f.outcome(), f.supplementRounds(),
				f.countsLateInNationalIndex(),
				new DossierFacts.Counts(c.papers(), c.papersDigitized(), c.papersReused(), c.resultElectronic(),
						c.applicantVerified(), c.rating(), c.endedAt(), c.lastEventAt(), sequence));
	}

	/** The demo dossiers, whose events all happened when they were loaded. */
	private java.util.Set<String> demo() {
		return new java.util.HashSet<>(this.jdbc
			.sql("SELECT code FROM dossier WHERE code IS NOT NULL AND received_at IS NOT NULL"
					+ " AND (applicant_id_number LIKE '099%' OR applicant_id_number LIKE '99%')")
			.query(String.class)
			.list());
	}

	@Test
	void rebuildsTheSameFiguresAsTheEventsGave() throws InterruptedException {
		awaitEvents();
		this.jdbc.sql("DELETE FROM stat_daily_ended_agency WHERE agency LIKE '000.99.%'").update();
		this.jdbc.sql("DELETE FROM stat_daily_ended WHERE agency LIKE '000.99.%'").update();
		this.jdbc.sql("DELETE FROM stat_daily_agency WHERE agency LIKE '000.99.%'").update();
		this.jdbc.sql("DELETE FROM stat_daily WHERE agency LIKE '000.99.%'").update();
		this.jdbc.sql("DELETE FROM stat_dossier WHERE agency LIKE '000.99.%'").update();
		Map<String, CountedDossier> incremental = this.rows.all()
			.stream()
			.collect(Collectors.toMap(CountedDossier::code, Function.identity()));
		List<String> rollUps = this.rows.rollUps();
		int counted = this.model.rebuild();
		Map<String, CountedDossier> rebuilt = this.rows.all()
			.stream()
			.collect(Collectors.toMap(CountedDossier::code, Function.identity()));
		assertThat(counted).isEqualTo(rebuilt.size()).isGreaterThan(10);
		// the demo dossiers, whose events all happened when they were loaded; on
		// PostgreSQL
		// other test contexts share the database and act on their own dossiers meanwhile
		java.util.Set<String> demo = demo();
		assertThat(demo).isNotEmpty();
		incremental.forEach((code, row) -> {
			if (demo.contains(code)) {
				assertThat(rebuilt.get(code)).isEqualTo(row);
			}
		});
		if (rebuilt.size() == incremental.size()) {
			assertThat(this.rows.rollUps()).isEqualTo(rollUps);
		}
	}

}
