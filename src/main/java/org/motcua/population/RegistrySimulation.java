package org.motcua.population;

import java.net.URI;
import java.util.Optional;
import java.util.stream.Collectors;

import org.motcua.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link RegistrySimulator} while the application runs: in demo mode unless
 * {@code motcua.population.simulator.enabled} says otherwise.
 */
@Component
class RegistrySimulation implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RegistrySimulation.class);

	private final RegistrySimulator simulator;

	RegistrySimulation(PopulationProperties properties, DemoMode demo) {
		PopulationProperties.Simulator settings = properties.simulator();
		boolean enabled = settings.enabled() != null ? settings.enabled() : demo.isOn();
		if (!enabled) {
			this.simulator = null;
			return;
		}
		this.simulator = RegistrySimulator.start(settings.port(), new DemoPopulation(settings.people()),
				properties.clientId(), properties.apiKey());
		log.info("Population registry simulator at {} with {} people; try {}", this.simulator.uri(), settings.people(),
				this.simulator.population()
					.samples(3)
					.stream()
					.map((r) -> r.personalId() + " " + r.fullName() + " " + r.birthDate())
					.collect(Collectors.joining(", ")));
	}

	Optional<RegistrySimulator> simulator() {
		return Optional.ofNullable(this.simulator);
	}

	/** The simulator's base URL, or {@code null} when it does not run. */
	URI uri() {
		return this.simulator == null ? null : this.simulator.uri();
	}

	@Override
	public void destroy() {
		if (this.simulator != null) {
			this.simulator.close();
		}
	}

}
