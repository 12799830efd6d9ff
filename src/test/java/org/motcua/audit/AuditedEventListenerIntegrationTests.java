package org.motcua.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
 * publication registry, once each even when delivered twice.
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
	void recordsEventDeliveredTwiceOnce(Scenario scenario) {
		String subject = UUID.randomUUID().toString();
		TestAudited event = new TestAudited("agency.renamed", "agency", subject,
				new Origin("admin", null, Instant.now()), "twice");

		scenario.stimulate((transactions, events) -> {
			transactions.executeWithoutResult(status -> events.publishEvent(event));
			transactions.executeWithoutResult(status -> events.publishEvent(event));
		})
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> pendingPublications(subject) == 0 && !entries(subject).isEmpty())
			.andVerify(done -> assertThat(entries(subject)).hasSize(1));
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
