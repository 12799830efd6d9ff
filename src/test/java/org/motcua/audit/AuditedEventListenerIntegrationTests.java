package org.motcua.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.motcua.shared.Origin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events of any module that implement {@code Audited} reach the trail through the event
 * publication registry, once each even when delivered again (the registry's resubmission)
 * or by several deliveries at once.
 */
@SpringBootTest
@EnableScenarios
class AuditedEventListenerIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsAuditedEventPublishedInTransaction(Scenario scenario) {
		String subject = UUID.randomUUID().toString();
		TestAudited event = new TestAudited("agency.created", "agency", subject,
				new Origin("admin", "192.0.2.7", Instant.now()), "Tạo cơ quan thử");

		scenario.stimulate((transactions, events) -> {
			transactions.executeWithoutResult(status -> events.publishEvent(event));
		}).andWaitForStateChange(() -> entries(subject), entries -> !entries.isEmpty()).andVerify(entries -> {
			assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo("agency.created");
				assertThat(entry.username()).isEqualTo("admin");
				assertThat(entry.address()).isEqualTo("192.0.2.7");
				assertThat(entry.summary()).isEqualTo("Tạo cơ quan thử");
				assertThat(entry.occurredAt()).isEqualTo(AuditEntries.stored(event.origin().at()));
				assertThat(entry.purpose()).isNull();
			});
		});
	}

	@Test
	void recordsEventDeliveredAgainOnce(Scenario scenario) {
		String subject = UUID.randomUUID().toString();
		TestAudited event = new TestAudited("agency.renamed", "agency", subject,
				new Origin("admin", null, Instant.now()), "twice");

		scenario.stimulate((transactions, events) -> {
			transactions.executeWithoutResult(status -> events.publishEvent(event));
		})
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> pendingPublications(subject) == 0 && !entries(subject).isEmpty())
			.andVerify(done -> assertThat(entries(subject)).hasSize(1));
		scenario.stimulate((transactions, events) -> {
			transactions.executeWithoutResult(status -> events.publishEvent(event));
		})
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> pendingPublications(subject) == 0)
			.andVerify(done -> assertThat(entries(subject)).hasSize(1));
	}

	@Test
	void recordsEventDeliveredTwiceAtOnceOnce() throws Exception {
		String subject = UUID.randomUUID().toString();
		TestAudited event = new TestAudited("agency.renamed", "agency", subject,
				new Origin("admin", null, Instant.now()), "racing");
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> added = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				added.add(threads.submit(() -> {
					start.await();
					return this.trail.record(event);
				}));
			}
			start.countDown();
			int news = 0;
			for (Future<Boolean> f : added) {
				news += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(news).isEqualTo(1);
			assertThat(entries(subject)).hasSize(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private long pendingPublications(String subject) {
		return this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :subject")
			.param("subject", "%" + subject + "%")
			.query(Long.class)
			.single();
	}

	private List<Entry> entries(String subject) {
		return this.trail.find(new EntryFilter(null, null, "agency", subject, null, null), 0, 10).items();
	}

}
