package org.motcua.population;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry adapter (the configured endpoint, or the simulator's when none is set) and
 * its circuit breaker.
 */
@Configuration(proxyBeanMethods = false)
class PopulationConfiguration {

	@Bean
	Registry populationRegistryAdapter(PopulationProperties properties, RegistrySimulation simulation) {
		return new HttpRegistry(properties, () -> isSet(properties) ? properties.endpoint() : simulation.uri());
	}

	private static boolean isSet(PopulationProperties properties) {
		return properties.endpoint() != null && !properties.endpoint().toString().isBlank();
	}

	@Bean
	Circuit populationRegistryCircuit(PopulationProperties properties, Clock clock) {
		return new Circuit(properties.failureThreshold(), properties.openFor(), clock);
	}

}
