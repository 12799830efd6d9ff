package org.motcua.population;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.population.LookupResult.Outcome;
import org.motcua.population.LookupResult.Unavailability;
import org.motcua.population.RegistrySimulator.Mode;
import org.motcua.shared.PersonalId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facade with the application, its database and the simulator it starts: every answer
 * through real HTTP, the audit entry and count of each lookup, the timeout, and the
 * circuit breaker (on a clock the test moves).
 */
@SpringBootTest(properties = { "motcua.population.read-timeout=PT1S", "motcua.population.max-attempts=1",
		"motcua.population.failure-threshold=3", "motcua.population.open-for=PT1M" })
class PopulationRegistryIntegrationTests {

	@TestConfiguration
	static class MovableClock {

		@Bean
		@Primary
		Moving movingClock() {
			return new Moving();
		}

	}

	/** A clock the tests move forward by hand. */
	static class Moving extends Clock {

		volatile Instant now = Instant.now();

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Ho_Chi_Minh");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@Autowired
	PopulationRegistry registry;

	@Autowired
	RegistrySimulation simulation;

	@Autowired
	Circuit circuit;

	@Autowired
	Moving clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	RegistrySimulator simulator;

	@BeforeEach
	void normal() {
		this.simulator = this.simulation.simulator().orElseThrow();
		this.simulator.behave(Mode.NORMAL, null);
		this.circuit.succeeded();
		UserDetails desk = this.users.loadUserByUsername("desk1");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(desk, null, desk.getAuthorities()));
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
		this.simulator.behave(Mode.NORMAL, null);
		this.circuit.succeeded();
	}

	@Test
	void findsAPersonAndRecordsWhoLookedThemUpAndWhy() {
		Resident person = this.simulator.population().person(1234);
		String purpose = "desk intake " + UUID.randomUUID();
		LookupResult result = this.registry.lookUp(PersonalId.of(person.personalId()), person.fullName(),
				person.birthDate(), purpose);
		assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
		assertThat(result.resident().fullName()).isEqualTo(person.fullName());
		assertThat(result.resident().currentAddress().unitCode()).isIn("99100", "99101");
		assertThat(
				this.jdbc.sql("SELECT username, action, subject_type, subject_id FROM audit_entry WHERE purpose = :p")
					.param("p", purpose)
					.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
					.list())
			.containsExactly(List.of("desk1", "personal-data.read", "population-record", person.personalId()));
		assertThat(this.jdbc.sql(
				"SELECT looked_up_by || ' ' || outcome || ' ' || id_last_four FROM population_lookup WHERE purpose = :p")
			.param("p", purpose)
			.query(String.class)
			.list()).containsExactly("desk1 FOUND " + person.personalId().substring(8));
	}

	@Test
	void answersNotFoundAndMismatchAndCountsThem() {
		this.clock.now = this.clock.now.plus(Duration.ofDays(3650)).truncatedTo(ChronoUnit.SECONDS);
		Instant from = this.clock.now;
		Resident person = this.simulator.population().person(99);
		assertThat(this.registry.lookUp(PersonalId.of("099099999998"), null, null, "test").outcome())
			.isEqualTo(Outcome.NOT_FOUND);
		assertThat(this.registry.lookUp(PersonalId.of(person.personalId()), "Tên Khác", null, "test").outcome())
			.isEqualTo(Outcome.MISMATCH);
		assertThat(this.registry.countLookupsSince(from)).containsEntry(Outcome.NOT_FOUND, 1L)
			.containsEntry(Outcome.MISMATCH, 1L);
	}

	@Test
	void aSlowRegistryIsUnavailableAfterTheConfiguredTimeoutAndTheLookupIsStillAudited() {
		this.simulator.behave(Mode.SLOW, Duration.ofSeconds(10));
		String purpose = "desk intake " + UUID.randomUUID();
		LookupResult result = this.registry.lookUp(PersonalId.of("034099001234"), null, null, purpose);
		assertThat(result.outcome()).isEqualTo(Outcome.UNAVAILABLE);
		assertThat(result.reason()).isEqualTo(Unavailability.TIMEOUT);
		assertThat(result.detail()).isEqualTo("no answer within PT1S");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE purpose = :p")
			.param("p", purpose)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT reason FROM population_lookup WHERE purpose = :p")
			.param("p", purpose)
			.query(String.class)
			.single()).isEqualTo("TIMEOUT");
	}

	@Test
	void malformedAnswersAreUnavailableWithoutAnException() {
		PersonalId id = PersonalId.of("034099001234");
		for (Mode mode : List.of(Mode.MALFORMED, Mode.HUGE, Mode.WRONG_TYPES)) {
			this.circuit.succeeded();
			this.simulator.behave(mode, null);
			LookupResult result = this.registry.lookUp(id, null, null, "test " + mode);
			assertThat(result.reason()).as(mode.name()).isEqualTo(Unavailability.MALFORMED);
		}
	}

	@Test
	void opensTheCircuitAfterRepeatedFailuresAndProbesAgainAfterTheConfiguredPeriod() {
		PersonalId id = PersonalId.of("034099001234");
		this.simulator.behave(Mode.DOWN, null);
		int before = this.simulator.lookupsReceived();
		for (int i = 0; i < 3; i++) {
			assertThat(this.registry.lookUp(id, null, null, "test").reason()).isEqualTo(Unavailability.ERROR_STATUS);
		}
		assertThat(this.simulator.lookupsReceived()).isEqualTo(before + 3);
		for (int i = 0; i < 5; i++) {
			assertThat(this.registry.lookUp(id, null, null, "test").reason()).isEqualTo(Unavailability.CIRCUIT_OPEN);
		}
		assertThat(this.simulator.lookupsReceived()).isEqualTo(before + 3);

		this.simulator.behave(Mode.NORMAL, null);
		this.clock.now = this.clock.now.plus(Duration.ofSeconds(59));
		assertThat(this.registry.lookUp(id, null, null, "test").reason()).isEqualTo(Unavailability.CIRCUIT_OPEN);
		this.clock.now = this.clock.now.plus(Duration.ofSeconds(1));
		assertThat(this.registry.lookUp(id, null, null, "test").outcome()).isEqualTo(Outcome.FOUND);
		assertThat(this.simulator.lookupsReceived()).isEqualTo(before + 4);
		assertThat(this.circuit.state()).isEqualTo(Circuit.State.CLOSED);
	}

}
