package org.motcua.statistics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model as the dossier events feed it (the demo dossiers of every state, loaded
 * at start): a redelivered event changes nothing, and a rebuild from the dossiers gives
 * the same rows and roll-ups as the incremental path.
 */
@SpringBootTest
class ReadModelIntegrationTests {

	@Autowired
	ReadModel model;

	@Autowired
	CountedDossiers rows;

	@Autowired
	JdbcClient jdbc;

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
		for (CountedDossier row : before) {
			assertThat(this.model.apply(row.code(), row.lastEventAt())).isFalse();
			assertThat(this.model.apply(row.code(), row.lastEventAt().minusSeconds(60))).isFalse();
		}
		assertThat(this.rows.all()).isEqualTo(before);
		assertThat(this.rows.rollUps()).isEqualTo(rollUps);
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
		java.util.Set<String> demo = new java.util.HashSet<>(this.jdbc
			.sql("SELECT code FROM dossier WHERE applicant_id_number LIKE '099%' OR applicant_id_number LIKE '99%'")
			.query(String.class)
			.list());
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
