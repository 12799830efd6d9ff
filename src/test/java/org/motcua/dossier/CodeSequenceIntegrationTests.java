package org.motcua.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.motcua.shared.AgencyCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Dossier numbers under concurrent intakes: distinct, well-formed and without gaps; a
 * rolled-back intake gives its number back. Each test uses an agency code of its own.
 */
@SpringBootTest
class CodeSequenceIntegrationTests {

	@Autowired
	CodeSequence codes;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	private static AgencyCode freshAgency() {
		return AgencyCode.of("T" + (System.nanoTime() % 1_000_000_000L) + ".H99");
	}

	@Test
	void givesDistinctGaplessNumbersToEightThreadsOfFiftyIntakes() throws Exception {
		AgencyCode agency = freshAgency();
		LocalDate day = LocalDate.of(2026, 11, 27);
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<List<String>>> futures = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			Callable<List<String>> worker = () -> {
				List<String> mine = new ArrayList<>();
				for (int i = 0; i < 50; i++) {
					mine.add(tx.execute(status -> this.codes.next(agency, day)).value());
				}
				return mine;
			};
			futures.add(pool.submit(worker));
		}
		Set<String> all = new TreeSet<>();
		List<Integer> numbers = new ArrayList<>();
		for (Future<List<String>> future : futures) {
			for (String code : future.get()) {
				assertThat(all.add(code)).as("duplicate " + code).isTrue();
				DossierCode parsed = DossierCode.parse(code);
				assertThat(parsed.agency()).isEqualTo(agency);
				assertThat(code).startsWith(agency.value() + "-261127-");
				numbers.add(parsed.number());
			}
		}
		pool.shutdown();
		assertThat(all).hasSize(400);
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 400).boxed().toList());
	}

	@Test
	void refusesTheTenThousandthDossierOfADayAndGivesTheNumberBack() {
		AgencyCode agency = freshAgency();
		LocalDate day = LocalDate.of(2026, 11, 29);
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		assertThat(tx.execute(status -> this.codes.next(agency, day)).number()).isEqualTo(1);
		tx.executeWithoutResult(status -> this.jdbc
			.sql("UPDATE dossier_code_sequence SET last_number = 9998 WHERE agency_code = ? AND issued_on = ?")
			.params(agency.value(), day)
			.update());
		assertThat(tx.execute(status -> this.codes.next(agency, day)).value()).endsWith("-261129-9999");
		assertThatExceptionOfType(DossierRefused.class)
			.isThrownBy(() -> tx.execute(status -> this.codes.next(agency, day)))
			.satisfies(refused -> {
				assertThat(refused.code()).isEqualTo("dossier.daily-numbers-used-up");
				assertThat(refused.arguments()).containsExactly(agency.value(), 9999);
			});
		assertThat(
				this.jdbc.sql("SELECT last_number FROM dossier_code_sequence WHERE agency_code = ? AND issued_on = ?")
					.params(agency.value(), day)
					.query(Integer.class)
					.single())
			.as("the refused intake's increment is undone")
			.isEqualTo(9999);
		assertThat(tx.execute(status -> this.codes.next(agency, day.plusDays(1))).number()).isEqualTo(1);
	}

	@Test
	void rolledBackIntakeGivesItsNumberBack() {
		AgencyCode agency = freshAgency();
		LocalDate day = LocalDate.of(2026, 11, 28);
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		assertThat(tx.execute(status -> this.codes.next(agency, day)).number()).isEqualTo(1);
		DossierCode undone = tx.execute(status -> {
			status.setRollbackOnly();
			return this.codes.next(agency, day);
		});
		assertThat(undone.number()).isEqualTo(2);
		assertThat(tx.execute(status -> this.codes.next(agency, day)).number()).isEqualTo(2);
		assertThat(tx.execute(status -> this.codes.next(agency, day.plusDays(1))).number()).isEqualTo(1);
	}

}
