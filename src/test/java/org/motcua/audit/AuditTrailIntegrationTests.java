package org.motcua.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motcua.audit.Verification.Reason;
import org.motcua.shared.Origin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trail against a real database: recording, sealing, verifying, and finding
 * tampering. Every test that tampers puts the row back, because on PostgreSQL the trail
 * is shared by all test contexts of a run.
 */
@SpringBootTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void sealsRecordedEntriesIntoAnIntactChain() {
		String subject = unique();
		assertThat(this.trail.record(event(subject, "one"))).isTrue();
		assertThat(this.trail.record(event(subject, "two"))).isTrue();
		assertThat(entries(subject)).allSatisfy(entry -> assertThat(entry.isSealed()).isFalse());

		assertThat(this.trail.seal()).isGreaterThanOrEqualTo(2);

		List<Entry> sealed = entries(subject);
		assertThat(sealed).hasSize(2).allSatisfy(entry -> assertThat(entry.hash()).hasSize(64));
		Entry newer = sealed.get(0);
		Entry older = sealed.get(1);
		assertThat(newer.summary()).isEqualTo("two");
		assertThat(newer.chainPosition()).isEqualTo(older.chainPosition() + 1);
		assertThat(newer.previousHash()).isEqualTo(older.hash());
		Verification verification = this.trail.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.checked()).isGreaterThanOrEqualTo(newer.chainPosition());
		assertThat(this.trail.seal()).isZero();
	}

	@Test
	void recordsTheSameEventOnce() {
		String subject = unique();
		TestAudited event = event(subject, "once");
		assertThat(this.trail.record(event)).isTrue();
		assertThat(this.trail.record(event)).isFalse();
		assertThat(entries(subject)).hasSize(1);
	}

	@Test
	void findsSummaryChangedBySql() {
		String subject = unique();
		this.trail.record(event(subject, "original"));
		this.trail.record(event(subject, "after"));
		this.trail.seal();
		assertThat(this.trail.verify().intact()).isTrue();
		Entry target = entries(subject).get(1);

		this.jdbc.sql("UPDATE audit_entry SET summary = 'forged' WHERE id = :id").param("id", target.id()).update();
		try {
			Verification verification = this.trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.brokenAt()).isEqualTo(target.chainPosition());
			assertThat(verification.reason()).isEqualTo(Reason.CONTENT_CHANGED);
			assertThat(verification.checked()).isEqualTo(target.chainPosition() - 1);
		}
		finally {
			this.jdbc.sql("UPDATE audit_entry SET summary = 'original' WHERE id = :id")
				.param("id", target.id())
				.update();
		}
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void findsEntryRehashedBySqlAtItsSuccessor() {
		String subject = unique();
		this.trail.record(event(subject, "original"));
		this.trail.record(event(subject, "after"));
		this.trail.seal();
		Entry target = entries(subject).get(1);
		Entry forged = new Entry(target.id(), target.occurredAt(), target.recordedAt(), target.username(),
				target.address(), target.action(), target.subjectType(), target.subjectId(), "forged", target.purpose(),
				null, null, null);
		String forgedHash = Chain.hash(target.previousHash(), forged, target.chainPosition());

		this.jdbc.sql("UPDATE audit_entry SET summary = 'forged', hash = :hash WHERE id = :id")
			.param("id", target.id())
			.param("hash", forgedHash)
			.update();
		try {
			Verification verification = this.trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.brokenAt()).isEqualTo(target.chainPosition() + 1);
			assertThat(verification.reason()).isEqualTo(Reason.HASH_MISMATCH);
		}
		finally {
			this.jdbc.sql("UPDATE audit_entry SET summary = 'original', hash = :hash WHERE id = :id")
				.param("id", target.id())
				.param("hash", target.hash())
				.update();
		}
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void findsDeletedSealedEntryAsGap() {
		String subject = unique();
		this.trail.record(event(subject, "deleted"));
		this.trail.record(event(subject, "after"));
		this.trail.seal();
		assertDeletionFound(entries(subject).get(1), Reason.GAP);
	}

	@Test
	void findsDeletedNewestEntryByCheckpoint() {
		String subject = unique();
		this.trail.record(event(subject, "newest"));
		this.trail.seal();
		assertDeletionFound(entries(subject).get(0), Reason.TRUNCATED);
	}

	/**
	 * Deletes a sealed entry with plain SQL, expects the verification to report it at its
	 * position, and puts the row back (the trail is shared by every test context).
	 */
	private void assertDeletionFound(Entry target, Reason reason) {
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM audit_entry WHERE id = :id")
			.param("id", target.id())
			.query()
			.singleRow();
		this.jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", target.id()).update();
		try {
			Verification verification = this.trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.brokenAt()).isEqualTo(target.chainPosition());
			assertThat(verification.reason()).isEqualTo(reason);
		}
		finally {
			String columns = String.join(", ", row.keySet());
			String values = ":" + String.join(", :", row.keySet());
			this.jdbc.sql("INSERT INTO audit_entry (" + columns + ") VALUES (" + values + ")").params(row).update();
		}
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void reportsEntriesLeftUnsealedTooLong() {
		String subject = unique();
		this.trail.seal();
		this.jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, recorded_at, username, action, subject_type, subject_id, summary)
				VALUES (:at, :at, 'system', 'test.recorded', 'test', :subject, 'stuck')
				""").param("at", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)).param("subject", subject).update();

		Verification verification = this.trail.verify();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.reason()).isEqualTo(Reason.UNSEALED);
		assertThat(verification.brokenAt()).isNull();

		this.trail.seal();
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void recordsReadOfPersonalDataFromReadOnlyTransaction() {
		UserDetails desk = this.users.loadUserByUsername("desk1");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(desk, null, desk.getAuthorities()));
		String subject = unique();
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);

		readOnly.executeWithoutResult(status -> this.trail.recordRead("person", subject, "dossier 000.20.01.H99-1"));

		assertThat(entries(subject)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(AuditTrail.READ);
			assertThat(entry.username()).isEqualTo("desk1");
			assertThat(entry.subjectType()).isEqualTo("person");
			assertThat(entry.purpose()).isEqualTo("dossier 000.20.01.H99-1");
		});
	}

	@Test
	void keepsReadRecordWhenReadingTransactionRollsBack() {
		String subject = unique();
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult(status -> {
			this.trail.recordRead("person", subject, "lookup");
			status.setRollbackOnly();
		});
		assertThat(entries(subject)).singleElement()
			.satisfies(entry -> assertThat(entry.username()).isEqualTo(Origin.SYSTEM));
	}

	@Test
	void filtersAndPagesNewestFirst() {
		String subject = unique();
		for (int i = 0; i < 5; i++) {
			this.trail.record(event(subject, "n" + i));
		}
		EntryFilter bySubject = new EntryFilter(null, null, "test", subject, null, null);
		EntryPage first = this.trail.find(bySubject, 0, 2);
		assertThat(first.total()).isEqualTo(5);
		assertThat(first.items()).extracting(Entry::summary).containsExactly("n4", "n3");
		assertThat(this.trail.find(bySubject, 2, 2).items()).extracting(Entry::summary).containsExactly("n0");
		assertThat(this.trail.find(new EntryFilter("nobody", null, "test", subject, null, null), 0, 10).total())
			.isZero();
		Instant now = Instant.now();
		assertThat(this.trail
			.find(new EntryFilter(null, "test.done", null, subject, now.minusSeconds(3600), now.plusSeconds(3600)), 0,
					10)
			.total()).isEqualTo(5);
		assertThat(
				this.trail.find(new EntryFilter(null, null, null, subject, now.plusSeconds(3600), null), 0, 10).total())
			.isZero();
	}

	private List<Entry> entries(String subject) {
		return this.trail.find(new EntryFilter(null, null, null, subject, null, null), 0, 100).items();
	}

	private static TestAudited event(String subject, String summary) {
		return new TestAudited("test.done", "test", subject, new Origin("desk1", "10.0.0.1", Instant.now()), summary);
	}

	static String unique() {
		return UUID.randomUUID().toString();
	}

}
