package org.motcua.population;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.population.LookupResult.Outcome;
import org.motcua.population.LookupResult.Unavailability;
import org.motcua.population.RegistrySimulator.Mode;
import org.motcua.shared.PersonalId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP adapter against the real simulator on a free local port: what each answer
 * becomes, the configured timeout, retries, and answers that break the contract.
 */
class HttpRegistryTests {

	static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

	RegistrySimulator simulator;

	DemoPopulation population = new DemoPopulation(2000);

	@BeforeEach
	void start() {
		this.simulator = RegistrySimulator.start(0, this.population, "motcua", "key-1");
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	static PopulationProperties properties(String apiKey, int maxAttempts) {
		return new PopulationProperties(null, "motcua", apiKey, Duration.ofSeconds(2), READ_TIMEOUT, maxAttempts,
				Duration.ofMillis(10), 65536, 3, Duration.ofMinutes(1),
				new PopulationProperties.Simulator(false, 0, 2000));
	}

	HttpRegistry registry(String apiKey, int maxAttempts) {
		return new HttpRegistry(properties(apiKey, maxAttempts), this.simulator::uri);
	}

	@Test
	void findsAPersonWithTheirWholeRecord() {
		Resident person = this.population.person(42);
		LookupResult result = registry("key-1", 1).lookUp(PersonalId.of(person.personalId()),
				person.fullName().toUpperCase(), person.birthDate());
		assertThat(result.outcome()).isEqualTo(Outcome.FOUND);
		assertThat(result.resident()).isEqualTo(person);
		assertThat(result.resident().permanentAddress().unitCode()).isIn("99100", "99101");
		assertThat(result.resident().parents()).hasSize(2);
	}

	@Test
	void tellsNotFoundFromMismatch() {
		Resident person = this.population.person(7);
		HttpRegistry registry = registry("key-1", 1);
		assertThat(registry.lookUp(PersonalId.of("099099999999"), null, null).outcome()).isEqualTo(Outcome.NOT_FOUND);
		assertThat(registry.lookUp(PersonalId.of(person.personalId()), "Ai Đó Khác", person.birthDate()).outcome())
			.isEqualTo(Outcome.MISMATCH);
		assertThat(
				registry.lookUp(PersonalId.of(person.personalId()), person.fullName(), person.birthDate().plusDays(1))
					.outcome())
			.isEqualTo(Outcome.MISMATCH);
	}

	@Test
	void givesUpAfterTheConfiguredReadTimeoutWithoutRetrying() {
		this.simulator.behave(Mode.SLOW, Duration.ofSeconds(10));
		LookupResult result = registry("key-1", 3).lookUp(PersonalId.of(this.population.person(1).personalId()), null,
				null);
		assertThat(result.outcome()).isEqualTo(Outcome.UNAVAILABLE);
		assertThat(result.reason()).isEqualTo(Unavailability.TIMEOUT);
		assertThat(result.detail()).isEqualTo("no answer within " + READ_TIMEOUT);
		assertThat(this.simulator.lookupsReceived()).isEqualTo(1);
		this.simulator.behave(Mode.NORMAL, null);
		assertThat(registry("key-1", 1).lookUp(PersonalId.of(this.population.person(1).personalId()), null, null)
			.outcome()).isEqualTo(Outcome.FOUND);
		HttpRegistry same = registry("key-1", 1);
		this.simulator.behave(Mode.SLOW, Duration.ofSeconds(10));
		assertThat(same.lookUp(PersonalId.of(this.population.person(1).personalId()), null, null).reason())
			.isEqualTo(Unavailability.TIMEOUT);
		this.simulator.behave(Mode.NORMAL, null);
		assertThat(same.lookUp(PersonalId.of(this.population.person(1).personalId()), null, null).outcome())
			.isEqualTo(Outcome.FOUND);
	}

	@Test
	void retriesAnUnavailableRegistryUpToTheConfiguredAttempts() {
		this.simulator.behave(Mode.DOWN, null);
		LookupResult result = registry("key-1", 3).lookUp(PersonalId.of("099099999999"), null, null);
		assertThat(result.reason()).isEqualTo(Unavailability.ERROR_STATUS);
		assertThat(result.detail()).isEqualTo("HTTP 503");
		assertThat(this.simulator.lookupsReceived()).isEqualTo(3);
	}

	@Test
	void refusedCredentialsAreAnErrorStatusNotRetried() {
		LookupResult result = registry("wrong", 3).lookUp(PersonalId.of("099099999999"), null, null);
		assertThat(result.reason()).isEqualTo(Unavailability.ERROR_STATUS);
		assertThat(result.detail()).isEqualTo("HTTP 401");
		assertThat(this.simulator.lookupsReceived()).isEqualTo(1);
	}

	@Test
	void malformedHugeOrWronglyTypedAnswersAreUnavailable() {
		HttpRegistry registry = registry("key-1", 1);
		PersonalId id = PersonalId.of(this.population.person(3).personalId());
		this.simulator.behave(Mode.MALFORMED, null);
		LookupResult malformed = registry.lookUp(id, null, null);
		this.simulator.behave(Mode.HUGE, null);
		LookupResult huge = registry.lookUp(id, null, null);
		this.simulator.behave(Mode.WRONG_TYPES, null);
		LookupResult wrongTypes = registry.lookUp(id, null, null);
		assertThat(malformed.reason()).isEqualTo(Unavailability.MALFORMED);
		assertThat(malformed.detail()).startsWith("not JSON");
		assertThat(huge.reason()).isEqualTo(Unavailability.MALFORMED);
		assertThat(huge.detail()).isEqualTo("answer longer than 65536 bytes");
		assertThat(wrongTypes.reason()).isEqualTo(Unavailability.MALFORMED);
		assertThat(wrongTypes.detail()).isEqualTo("personalId is not a short string");
	}

	@Test
	void answersUnreachableWhenNothingListens() {
		int port = this.simulator.uri().getPort();
		this.simulator.close();
		LookupResult result = registry("key-1", 2).lookUp(PersonalId.of("099099999999"), null, null);
		assertThat(result.reason()).isEqualTo(Unavailability.UNREACHABLE);
		assertThat(port).isPositive();
	}

	@Test
	void answersNotConfiguredWithoutAnEndpoint() {
		LookupResult result = new HttpRegistry(properties("key-1", 1), () -> null).lookUp(PersonalId.of("099099999999"),
				"A", LocalDate.of(1990, 1, 1));
		assertThat(result.reason()).isEqualTo(Unavailability.NOT_CONFIGURED);
	}

}
