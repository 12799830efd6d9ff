package org.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.motcua.catalog.Vnd;
import org.motcua.shared.AgencyCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Intake and processing on a real database with the demo catalog (1.001193 birth
 * registration at UBND xã Đông Sơn): round trips, events in the publication registry,
 * idempotency, optimistic locking, concurrent intakes. Applicants have IDs of their own
 * (the PostgreSQL run shares one database).
 */
@SpringBootTest
class DossierWorkIntegrationTests {

	static final AgencyCode DONG_SON = AgencyCode.of("000.20.01.H99");

	static final String SHA = "e".repeat(64);

	@Autowired
	DossierWork work;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private static Applicant someone() {
		String id = String.format("0%011d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
		return new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, id, "Trần Thị " + id.substring(8),
				LocalDate.of(1995, 5, 5), "0901234567", "a@example.vn", "Thôn 1");
	}

	private static IntakeCommand command(Applicant applicant) {
		return new IntakeCommand("1.001193", DONG_SON, Channel.COUNTER, applicant, null,
				List.of(new SubmittedDocument("TKKS", SHA, null, Provenance.DIGITIZED),
						new SubmittedDocument("GCS", null, null, Provenance.NOT_DIGITIZED)));
	}

	private static ActionBody body() {
		return ActionBody.empty();
	}

	@Test
	void receivesAtTheDeskAndReadsTheDossierBack() {
		Applicant applicant = someone();
		IntakeReceipt receipt = this.work.receiveAtDesk(command(applicant), null, "desk1");
		assertThat(receipt.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(DossierCode.parse(receipt.code()).agency()).isEqualTo(DONG_SON);
		assertThat(receipt.dueAt()).isNotNull();
		DossierView view = this.work.find(receipt.code()).orElseThrow();
		assertThat(view.applicant()).isEqualTo(applicant);
		assertThat(view.nationalStatus()).isEqualTo(2);
		assertThat(view.procedure().code()).isEqualTo("1.001193");
		assertThat(view.procedureVersion()).isPositive();
		assertThat(view.unit()).isNotBlank();
		assertThat(view.steps()).singleElement().satisfies(s -> assertThat(s.assignee()).isEqualTo("desk1"));
		assertThat(view.documents()).extracting(DossierView.Document::requiredDocumentCode)
			.containsExactly("TKKS", "GCS");
		assertThat(view.dueAt()).isEqualTo(receipt.dueAt());
		assertThat(this.work
			.search(new DossierQuery(DONG_SON, DossierStatus.RECEIVED, null, applicant.name().toLowerCase(), 10)))
			.extracting(DossierSummary::code)
			.containsExactly(receipt.code());
		assertThat(this.work.find("000.20.01.H99-000000-0001")).isEmpty();
	}

	@Test
	void refusesIntakeListingTheMissingMandatoryPapers() {
		IntakeCommand incomplete = new IntakeCommand("1.001193", DONG_SON, Channel.COUNTER, someone(), null,
				List.of(new SubmittedDocument("GCNKH", null, null, Provenance.NOT_DIGITIZED)));
		assertThatThrownBy(() -> this.work.receiveAtDesk(incomplete, null, "desk1")).isInstanceOfSatisfying(
				MissingDocuments.class, e -> assertThat(e.missing()).containsExactly("TKKS", "GCS"));
		assertThatThrownBy(() -> this.work.receiveAtDesk(
				new IntakeCommand("9.999999", DONG_SON, Channel.COUNTER, someone(), null, List.of()), null, "desk1"))
			.isInstanceOfSatisfying(DossierRefused.class,
					e -> assertThat(e.code()).isEqualTo("dossier.unknown-procedure"));
	}

	@Test
	void walksTheWholeLifecycleAndPublishesEveryEventToTheRegistry() throws InterruptedException {
		String code = this.work.receiveAtDesk(command(someone()), null, "desk1").code();
		this.work.act(code, Action.HAND_OVER, new ActionBody(null, null, null, null, "specialist1", "Chuyển", null,
				null, null, null, null, null, null, null, null, null), "desk1");
		this.work.act(code, Action.REQUEST_SUPPLEMENT, new ActionBody(null, null, null, null, null, "Thiếu",
				List.of("GCS"), null, null, null, null, null, null, null, null, null), "specialist1");
		this.work.act(code, Action.SUPPLEMENT,
				new ActionBody(null, null, null, null, null, null, null,
						List.of(new SubmittedDocument("GCS", SHA, null, Provenance.DIGITIZED)), null, null, null, null,
						null, null, null, null),
				"citizen1");
		this.work.act(code, Action.REQUEST_PAYMENT, new ActionBody(null, null, null, null, null, null, null, null,
				Vnd.of(8000), null, null, null, null, null, null, null), "specialist1");
		this.work.act(code, Action.CONFIRM_PAYMENT, new ActionBody(null, null, null, null, null, null, null, null, null,
				"BL-1", null, null, null, null, null, null), "desk1");
		Instant due = this.work.find(code).orElseThrow().dueAt();
		this.work.act(code, Action.EXTEND, new ActionBody(null, null, null, null, null, null, null, null, null, null,
				due.plusSeconds(86_400), "Xác minh", null, null, null, null), "head1");
		this.work.act(code, Action.HAND_OVER, body(), "specialist1");
		this.work.act(code, Action.RETURN_TO_PREVIOUS, new ActionBody(null, null, null, null, null, "Sửa", null, null,
				null, null, null, null, null, null, null, null), "approver1");
		DossierView atLast = this.work.act(code, Action.HAND_OVER, new ActionBody(null, 2, null, null, "approver1",
				null, null, null, null, null, null, null, null, null, null, null), "specialist1");
		assertThat(atLast.status()).isEqualTo(DossierStatus.IN_PROCESS);
		this.work.act(code, Action.FINISH, new ActionBody(null, null, null, null, null, null, null, null, null, null,
				null, null, SHA, null, null, null), "approver1");
		this.work.act(code, Action.APPROVE, body(), "approver1");
		this.work.act(code, Action.RETURN_RESULT, new ActionBody(null, null, null, null, null, null, null, null, null,
				null, null, null, null, Channel.COUNTER, null, null), "desk1");
		DossierView rated = this.work.act(code, Action.RATE, new ActionBody(null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, 5, "Nhanh"), "citizen1");
		assertThat(rated.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
		assertThat(rated.nationalStatus()).isEqualTo(10);
		assertThat(rated.outcome()).isNotNull();
		assertThat(rated.result().approvedBy()).isEqualTo("approver1");
		assertThat(rated.rating().score()).isEqualTo(5);
		assertThat(rated.steps()).hasSize(5);
		assertThat(rated.steps()).allSatisfy(s -> assertThat(s.endedAt()).isNotNull());

		String rejected = this.work.receiveAtDesk(command(someone()), null, "desk1").code();
		this.work.act(rejected, Action.REJECT, new ActionBody(List.of("Sai thẩm quyền"), null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null), "desk1");
		String stopped = this.work.receiveAtDesk(command(someone()), null, "desk1").code();
		this.work.act(stopped, Action.STOP, new ActionBody(null, null, null, null, null, null, null, null, null, null,
				null, "Dừng", null, null, null, null), "head1");
		String online = this.work
			.submitOnline(new IntakeCommand("1.001193", DONG_SON, Channel.ONLINE, someone(), null,
					command(someone()).documents()), "citizen1")
			.code();
		this.work.act(online, Action.RECEIVE, body(), "desk1");
		this.work.act(online, Action.WITHDRAW, body(), "citizen1");

		List<String> subjects = List.of(code, rejected, stopped, online);
		Set<String> actions = new TreeSet<>();
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (System.nanoTime() < deadline && (pending(subjects) > 0 || actions.size() < 16)) {
			actions.clear();
			actions.addAll(this.jdbc
				.sql("SELECT action FROM audit_entry WHERE subject_type = 'dossier' AND subject_id IN (:s)")
				.param("s", subjects)
				.query(String.class)
				.list());
			Thread.sleep(100);
		}
		// every event went through the publication registry, was delivered to the audit
		// trail and completed
		assertThat(pending(subjects)).isZero();
		assertThat(actions).containsExactlyInAnyOrder("dossier.received", "dossier.handed-over",
				"dossier.supplement-requested", "dossier.supplement-provided", "dossier.payment-requested",
				"dossier.payment-confirmed", "dossier.extended", "dossier.returned-to-previous-step",
				"dossier.result-drafted", "dossier.finished", "dossier.result-returned", "dossier.rated",
				"dossier.rejected", "dossier.stopped", "dossier.submitted", "dossier.withdrawn");
		assertThatThrownBy(() -> this.work.act(code, Action.RATE, body(), "citizen1"))
			.isInstanceOf(IllegalTransition.class);
	}

	private long pending(List<String> subjects) {
		long count = 0;
		for (String subject : subjects) {
			count += this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
				.param("%" + subject + "%")
				.query(Long.class)
				.single();
		}
		return count;
	}

	@Test
	void answersTheFirstAnswerToARepeatedIdempotencyKey() {
		String key = "key-" + System.nanoTime();
		IntakeCommand command = command(someone());
		IntakeReceipt first = this.work.receiveAtDesk(command, key, "desk1");
		IntakeReceipt again = this.work.receiveAtDesk(command, key, "desk1");
		assertThat(again).isEqualTo(first);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM dossier WHERE applicant_id_number = ?")
			.param(command.applicant().idNumber())
			.query(Long.class)
			.single()).isEqualTo(1L);
		assertThatThrownBy(() -> this.work.receiveAtDesk(command(someone()), key, "desk1")).isInstanceOfSatisfying(
				DossierRefused.class, e -> assertThat(e.code()).isEqualTo("dossier.idempotency-conflict"));
	}

	@Test
	void refusesSavingAStaleCopy() {
		String code = this.work.receiveAtDesk(command(someone()), null, "desk1").code();
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		Dossier first = this.dossiers.find(DossierCode.parse(code)).orElseThrow();
		Dossier second = this.dossiers.find(DossierCode.parse(code)).orElseThrow();
		Instant now = Instant.parse("2026-01-05T02:00:00Z");
		first.handOver(null, null, null, "specialist1", null, "desk1", now);
		tx.executeWithoutResult(s -> this.dossiers.save(first));
		second.stop("Dừng", "head1", now);
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> this.dossiers.save(second)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.work.find(code).orElseThrow().status()).isEqualTo(DossierStatus.IN_PROCESS);
	}

	@Test
	void receivesConcurrentlyWithDistinctCodes() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<String>> futures = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			futures.add(pool.submit(() -> this.work.receiveAtDesk(command(someone()), null, "desk1").code()));
		}
		Set<String> codes = new TreeSet<>();
		for (Future<String> future : futures) {
			codes.add(future.get());
		}
		pool.shutdown();
		assertThat(codes).hasSize(20).allMatch(DossierCode::isValid);
	}

}
