package org.motcua.population;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.motcua.audit.AuditTrail;
import org.motcua.population.LookupResult.Unavailability;
import org.motcua.shared.Origin;
import org.motcua.shared.PersonalId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The national population registry (Cơ sở dữ liệu quốc gia về dân cư): looks people up by
 * personal ID, name and birth date. Every lookup is recorded in the audit trail (who,
 * why, when) and counted; the registry's trouble never reaches the caller as an
 * exception.
 */
@Service
public class PopulationRegistry {

	/** The subject type of the audit entries of lookups. */
	public static final String SUBJECT = "population-record";

	private static final Logger log = LoggerFactory.getLogger(PopulationRegistry.class);

	private final Registry registry;

	private final Circuit circuit;

	private final Lookups lookups;

	private final AuditTrail audit;

	private final Clock clock;

	PopulationRegistry(Registry registry, Circuit circuit, Lookups lookups, AuditTrail audit, Clock clock) {
		this.registry = registry;
		this.circuit = circuit;
		this.lookups = lookups;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Looks up the person with {@code id} for {@code purpose} (the dossier code, or e.g.
	 * "desk intake"), checking {@code name} and {@code birthDate} when given (either may
	 * be {@code null}): {@code FOUND} with the record, {@code NOT_FOUND},
	 * {@code MISMATCH} (the ID exists with another name or birth date; no record given),
	 * or {@code UNAVAILABLE} with the reason — after the configured timeout at the
	 * latest, or at once while the circuit breaker is open. Records the lookup in the
	 * audit trail (in a transaction of its own, whatever the answer) and in the lookup
	 * count.
	 * @throws IllegalArgumentException when {@code purpose} is blank
	 */
	public LookupResult lookUp(PersonalId id, String name, LocalDate birthDate, String purpose) {
		Objects.requireNonNull(id, "personal ID");
		if (purpose == null || purpose.isBlank()) {
			throw new IllegalArgumentException("A lookup in the population registry states its purpose");
		}
		LookupResult result = ask(id, name, birthDate);
		if (result.isUnavailable()) {
			log.warn("Population registry unavailable ({}): {}", result.reason(), result.detail());
		}
		Origin origin = Origin.current(this.clock);
		this.audit.recordRead(SUBJECT, id.value(), purpose.strip());
		this.lookups.add(origin.at(), origin.username(), purpose.strip(), result, id.lastFour());
		return result;
	}

	/**
	 * How many lookups since {@code from}, by outcome (outcomes without any left out).
	 */
	public Map<LookupResult.Outcome, Long> countLookupsSince(Instant from) {
		return this.lookups.countSince(from);
	}

	private LookupResult ask(PersonalId id, String name, LocalDate birthDate) {
		if (!this.circuit.allows()) {
			return LookupResult.unavailable(Unavailability.CIRCUIT_OPEN, "circuit open after repeated failures");
		}
		LookupResult result;
		try {
			result = this.registry.lookUp(id, name, birthDate);
		}
		catch (RuntimeException ex) {
			result = LookupResult.unavailable(Unavailability.MALFORMED, String.valueOf(ex));
		}
		if (result.isUnavailable() && result.reason() != Unavailability.NOT_CONFIGURED) {
			this.circuit.failed();
		}
		else {
			this.circuit.succeeded();
		}
		return result;
	}

}
