/**
 * The national population registry (Cơ sở dữ liệu quốc gia về dân cư), reached through
 * the province's data-sharing platform: looking a person up by personal ID, name and
 * birth date for desk intake and online filing.
 *
 * <p>
 * {@link org.motcua.population.PopulationRegistry} is the facade: it answers found (with
 * the person's record), not found, mismatch, or unavailable (with the reason) and never
 * throws for trouble with the registry. Every lookup is recorded in the audit trail (who,
 * why, when) and counted in the module's {@code population_lookup} table (the ID's last
 * four digits only). The registry sits behind a port with one HTTP adapter, configured by
 * {@code motcua.population.*} (endpoint, credentials, timeouts, retries), guarded by a
 * circuit breaker. {@code RegistrySimulator} is a real HTTP server serving a generated
 * demo population of the demo province, started in demo mode and by the tests.
 *
 * <p>
 * Publishes no events and listens to none. Depends on {@code shared}, {@code platform}
 * and {@code audit}; never on {@code dossier} (which depends on it).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "audit" })
package org.motcua.population;
