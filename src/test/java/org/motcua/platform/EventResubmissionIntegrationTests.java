package org.motcua.platform;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event whose listener failed stays in the event publication registry, incomplete, and
 * the resubmission job delivers it again until the listener completes it.
 */
@SpringBootTest(properties = "motcua.event-resubmission-age=PT0S")
class EventResubmissionIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventResubmission resubmission;

	@Autowired
	FlakyListener listener;

	@Test
	void resubmitsPublicationWhoseListenerFailed() {
		String id = UUID.randomUUID().toString();

		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new SomethingHappened(id)));

		await().atMost(Duration.ofSeconds(10)).until(() -> this.listener.attempts(id) == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(id)));
		assertThat(completionDate(id)).isZero();
		assertThat(this.listener.hasHandled(id)).isFalse();

		this.resubmission.resubmit();

		await().atMost(Duration.ofSeconds(10)).until(() -> this.listener.hasHandled(id));
		await().atMost(Duration.ofSeconds(10)).until(() -> publications(id) == 0);
		assertThat(this.listener.attempts(id)).isEqualTo(2);
	}

	private String status(String id) {
		return this.jdbc.sql("SELECT status FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + id + "%")
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private long completionDate(String id) {
		return this.jdbc
			.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NOT NULL")
			.param("%" + id + "%")
			.query(Long.class)
			.single();
	}

	private long publications(String id) {
		return this.jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + id + "%")
			.query(Long.class)
			.single();
	}

	/** A fact published only by this test. */
	record SomethingHappened(String id) {
	}

	/**
	 * Fails the first delivery of each event, completes the second. Proxied (the listener
	 * is asynchronous and transactional), so read it through its methods.
	 */
	static class FlakyListener {

		private final ConcurrentHashMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		private final Set<String> handled = ConcurrentHashMap.newKeySet();

		@ApplicationModuleListener
		void on(SomethingHappened event) {
			if (this.attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet() == 1) {
				throw new IllegalStateException("The first delivery fails on purpose");
			}
			this.handled.add(event.id());
		}

		boolean hasHandled(String id) {
			return this.handled.contains(id);
		}

		int attempts(String id) {
			AtomicInteger count = this.attempts.get(id);
			return (count != null) ? count.get() : 0;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listeners {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}

	}

}
