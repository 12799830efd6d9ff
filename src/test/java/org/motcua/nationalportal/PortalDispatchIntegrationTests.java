package org.motcua.nationalportal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierEvent;
import org.motcua.nationalportal.PortalDispatch.DispatchReport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The dispatcher against the simulator, a real HTTP server: order per dossier, retries
 * with backoff while the portal is down, delivery exactly once in effect, dead letters
 * and resend, unreadable answers, and a session the portal forgot.
 */
@SpringBootTest
class PortalDispatchIntegrationTests {

	static final Instant T0 = Instant.parse("2030-01-07T02:00:00Z");

	@Autowired
	DossierEventRecording recording;

	@Autowired
	PortalDispatch dispatch;

	@Autowired
	PortalOutbox outbox;

	@Autowired
	PortalSimulator simulator;

	@Autowired
	PortalSync sync;

	@Autowired
	NationalPortal portal;

	@Autowired
	NationalPortalProperties properties;

	@AfterEach
	void heal() {
		this.simulator.fail(SimulatorFault.NONE);
	}

	@Test
	void deliversThousandEventsExactlyOnceInOrderAfterThePortalComesBack() {
		long seed = 20261127L;
		System.out.println("PortalDispatchIntegrationTests seed " + seed);
		String scope = PortalEvents.newScope();
		List<String> codes = new ArrayList<>();
		List<DossierEvent> events = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			String code = scope + i;
			codes.add(code);
			Instant at = T0.minusSeconds(3600).plusSeconds(i);
			events.add(PortalEvents.submitted(code, at));
			events.add(PortalEvents.received(code, at, at));
			events.add(PortalEvents.handedOver(code, at, at, at.plusSeconds(60)));
			events.add(PortalEvents.assigned(code, at, at, at.plusSeconds(120)));
		}
		Collections.shuffle(events, new Random(seed));
		events.forEach(e -> assertThat(this.recording.record(e)).isTrue());

		this.simulator.fail(SimulatorFault.UNAVAILABLE);
		for (int hour = 0; hour < 3; hour++) {
			DispatchReport down = this.dispatch.dispatchAt(T0.plus(Duration.ofHours(hour)));
			assertThat(down.portalDown()).isTrue();
			assertThat(down.sent()).isZero();
			assertThat(down.failed()).isEqualTo(1);
		}
		assertThat(received(codes)).isEmpty();
		List<OutboxMessage> tried = codes.stream()
			.flatMap(c -> this.outbox.ofDossier(c).stream())
			.filter(m -> m.attempts() > 0)
			.toList();
		assertThat(tried).allSatisfy(m -> {
			assertThat(m.status()).isEqualTo(OutboxStatus.FAILED);
			assertThat(m.nextAttemptAt()).isEqualTo(m.lastAttemptAt().plus(this.properties.initialBackoff()));
		});

		// back, but losing its first answers: those messages arrive, and arrive again
		this.simulator.fail(SimulatorFault.LOST_ANSWER, 3, scope);
		Instant now = T0.plus(Duration.ofDays(1));
		for (int pass = 0; pass < 40 && !allSent(codes); pass++) {
			this.dispatch.dispatchAt(now);
			now = now.plus(Duration.ofDays(1));
		}

		assertThat(allSent(codes)).isTrue();
		List<SimulatorRecord> records = received(codes);
		Map<String, Long> firstArrivals = records.stream()
			.filter(r -> !r.repeat())
			.collect(Collectors.groupingBy(SimulatorRecord::messageId, Collectors.counting()));
		assertThat(firstArrivals).hasSize(1000).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
		assertThat(records).anyMatch(SimulatorRecord::repeat);
		Map<String, List<Integer>> statuses = new LinkedHashMap<>();
		records.stream()
			.filter(r -> !r.repeat())
			.forEach(r -> statuses.computeIfAbsent(r.dossierCode(), c -> new ArrayList<>()).add(r.nationalStatus()));
		Map<String, List<String>> calls = new LinkedHashMap<>();
		records.stream()
			.filter(r -> !r.repeat())
			.forEach(r -> calls.computeIfAbsent(r.dossierCode(), c -> new ArrayList<>()).add(r.call()));
		assertThat(statuses).hasSize(250).allSatisfy((code, s) -> assertThat(s).containsExactly(1, 2, 4, 4));
		assertThat(calls).allSatisfy((code, c) -> assertThat(c).containsExactly("dossiers/sync", "dossiers/sync",
				"dossiers/progress", "dossiers/progress"));
		assertThat(this.sync.findSync(codes.get(0))).hasValueSatisfying(s -> {
			assertThat(s.messagesDelivered()).isEqualTo(4);
			assertThat(s.lastNationalStatus()).isEqualTo(4);
		});
	}

	@Test
	void laterMessageWaitsForADeadOneUntilItIsResent() {
		String code = PortalEvents.newCode();
		Instant at = T0.minusSeconds(60);
		this.recording.record(PortalEvents.submitted(code, at));
		this.recording.record(PortalEvents.received(code, at, at.plusSeconds(30)));

		this.simulator.fail(SimulatorFault.ERROR_CODE, Integer.MAX_VALUE, code);
		Instant now = T0;
		for (int pass = 0; pass < this.properties.maxAttempts(); pass++) {
			DispatchReport report = this.dispatch.dispatchAt(now);
			assertThat(report.portalDown()).isFalse();
			now = now.plus(Duration.ofDays(1));
		}
		List<OutboxMessage> log = this.outbox.ofDossier(code);
		assertThat(log).extracting(OutboxMessage::status).containsExactly(OutboxStatus.DEAD, OutboxStatus.PENDING);
		assertThat(log.get(0).attempts()).isEqualTo(this.properties.maxAttempts());
		assertThat(log.get(0).lastError()).contains("error_code -1");
		assertThat(log.get(1).attempts()).isZero();

		this.simulator.fail(SimulatorFault.NONE);
		this.dispatch.dispatchAt(now);
		assertThat(this.outbox.ofDossier(code)).extracting(OutboxMessage::status)
			.containsExactly(OutboxStatus.DEAD, OutboxStatus.PENDING);

		assertThat(this.outbox.resend(log.get(0).id(), now)).isTrue();
		this.dispatch.dispatchAt(now);
		assertThat(this.outbox.ofDossier(code)).extracting(OutboxMessage::status)
			.containsExactly(OutboxStatus.SENT, OutboxStatus.SENT);
		assertThat(received(List.of(code))).extracting(SimulatorRecord::nationalStatus).containsExactly(1, 2);
	}

	@Test
	void unreadableAnswersAreRetriedThenDeadLetteredWithoutEscaping() {
		String code = PortalEvents.newCode();
		this.recording.record(PortalEvents.submitted(code, T0.minusSeconds(10)));

		this.simulator.fail(SimulatorFault.MALFORMED, 1, code);
		assertThatNoException().isThrownBy(() -> this.dispatch.dispatchAt(T0));
		OutboxMessage afterGarbage = this.outbox.ofDossier(code).get(0);
		assertThat(afterGarbage.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(afterGarbage.lastError()).contains("unreadable answer");

		this.simulator.fail(SimulatorFault.ANSWER_TWICE, Integer.MAX_VALUE, code);
		Instant now = T0;
		for (int pass = 1; pass < this.properties.maxAttempts(); pass++) {
			now = now.plus(Duration.ofDays(1));
			Instant at = now;
			assertThatNoException().isThrownBy(() -> this.dispatch.dispatchAt(at));
		}
		OutboxMessage dead = this.outbox.ofDossier(code).get(0);
		assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);

		this.simulator.fail(SimulatorFault.NONE);
		this.outbox.resend(dead.id(), now);
		this.dispatch.dispatchAt(now);
		assertThat(this.outbox.ofDossier(code).get(0).status()).isEqualTo(OutboxStatus.SENT);
		List<SimulatorRecord> records = received(List.of(code));
		assertThat(records).filteredOn(r -> !r.repeat()).hasSize(1);
		assertThat(records).filteredOn(SimulatorRecord::repeat).hasSize(this.properties.maxAttempts());
	}

	@Test
	void logsInAgainWhenThePortalForgotTheSession() {
		String first = PortalEvents.newCode();
		this.recording.record(PortalEvents.submitted(first, T0.minusSeconds(10)));
		this.dispatch.dispatchAt(T0);
		int logins = this.simulator.logins();

		this.simulator.expireSessions();
		String second = PortalEvents.newCode();
		this.recording.record(PortalEvents.submitted(second, T0.minusSeconds(5)));
		DispatchReport report = this.dispatch.dispatchAt(T0);

		assertThat(report.sent()).isPositive();
		assertThat(this.simulator.logins()).isEqualTo(logins + 1);
		assertThat(this.outbox.ofDossier(second)).extracting(OutboxMessage::status).containsExactly(OutboxStatus.SENT);
		assertThat(this.portal.lookUp(second)).hasValueSatisfying(d -> {
			assertThat(d).containsEntry("MaHoSo", second).containsEntry("TrangThaiHoSo", 1);
			assertThat((String) d.get("NgayNopHoSo")).matches("\\d{14}");
		});
		assertThat(this.portal.lookUp(PortalEvents.newCode())).isEmpty();
	}

	@Test
	void delaysEachRetryTwiceAsLongUpToTheLimit() {
		assertThat(this.properties.backoffAfter(1)).isEqualTo(this.properties.initialBackoff());
		assertThat(this.properties.backoffAfter(2)).isEqualTo(this.properties.initialBackoff().multipliedBy(2));
		assertThat(this.properties.backoffAfter(3)).isEqualTo(this.properties.initialBackoff().multipliedBy(4));
		assertThat(this.properties.backoffAfter(60)).isEqualTo(this.properties.maxBackoff());
	}

	private boolean allSent(List<String> codes) {
		Set<String> wanted = Set.copyOf(codes);
		return this.outbox.inStatus(OutboxStatus.PENDING, 100_000)
			.stream()
			.noneMatch(m -> wanted.contains(m.dossierCode()))
				&& this.outbox.inStatus(OutboxStatus.FAILED, 100_000)
					.stream()
					.noneMatch(m -> wanted.contains(m.dossierCode()))
				&& this.outbox.inStatus(OutboxStatus.DEAD, 100_000)
					.stream()
					.noneMatch(m -> wanted.contains(m.dossierCode()));
	}

	private List<SimulatorRecord> received(List<String> codes) {
		Set<String> wanted = Set.copyOf(codes);
		return this.simulator.records().stream().filter(r -> wanted.contains(r.dossierCode())).toList();
	}

}
