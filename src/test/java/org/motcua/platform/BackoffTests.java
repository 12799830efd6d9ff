package org.motcua.platform;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	@Test
	void doublesAfterEachFailureUpToItsCeiling() {
		Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(5));

		assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(backoff.after(4)).isEqualTo(Duration.ofMinutes(5));
		assertThat(backoff.after(60)).isEqualTo(Duration.ofMinutes(5));
	}

}
