package org.motcua.population;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The circuit breaker's states with a fixed clock moved by hand. */
class CircuitTests {

	Instant now = Instant.parse("2026-11-27T02:00:00Z");

	Circuit circuit = new Circuit(3, Duration.ofMinutes(1), new Clock() {

		@Override
		public Instant instant() {
			return CircuitTests.this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	});

	@Test
	void opensAfterConsecutiveFailuresAndLetsOneProbeThroughLater() {
		this.circuit.failed();
		this.circuit.failed();
		this.circuit.succeeded();
		this.circuit.failed();
		this.circuit.failed();
		assertThat(this.circuit.allows()).isTrue();
		this.circuit.failed();
		assertThat(this.circuit.state()).isEqualTo(Circuit.State.OPEN);
		assertThat(this.circuit.allows()).isFalse();
		this.now = this.now.plusSeconds(60);
		assertThat(this.circuit.state()).isEqualTo(Circuit.State.HALF_OPEN);
		assertThat(this.circuit.allows()).isTrue();
		assertThat(this.circuit.allows()).isFalse();
		this.circuit.failed();
		assertThat(this.circuit.state()).isEqualTo(Circuit.State.OPEN);
		this.now = this.now.plusSeconds(59);
		assertThat(this.circuit.allows()).isFalse();
		this.now = this.now.plusSeconds(1);
		assertThat(this.circuit.allows()).isTrue();
		this.circuit.succeeded();
		assertThat(this.circuit.state()).isEqualTo(Circuit.State.CLOSED);
		assertThat(this.circuit.allows()).isTrue();
	}

}
