package org.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Randomised properties of the working-time arithmetic on the 2023–2026 data, with a
 * fixed seed (printed): adding working time and measuring it back agree, and later
 * answers never come from shorter durations.
 */
class WorkingTimeRoundTripTests {

	static final long SEED = 20231027L;

	static final long FROM = WorkingTimeTests.at("2023-01-01T00:00").getEpochSecond();

	static final long TO = WorkingTimeTests.at("2026-10-01T00:00").getEpochSecond();

	@Test
	void measuresBackWhatItAdds() {
		System.out.println("WorkingTimeRoundTripTests seed " + SEED);
		Random random = new Random(SEED);
		WorkingTime time = WorkingTimeTests.TIME;
		for (int i = 0; i < 20_000; i++) {
			Instant start = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)));
			Duration work = Duration.ofSeconds((long) (random.nextDouble() * 200 * 3600));
			Instant due = time.add(start, work);
			assertThat(due).as("start %s work %s", start, work).isAfterOrEqualTo(start);
			assertThat(time.between(start, due)).as("start %s work %s", start, work).isEqualTo(work);
			if (!work.isZero()) {
				assertThat(time.between(due.minusSeconds(1), due)).as("due %s is working time", due)
					.isEqualTo(Duration.ofSeconds(1));
			}
		}
	}

	@Test
	void neverAnswersEarlierForLongerWork() {
		System.out.println("WorkingTimeRoundTripTests seed " + SEED);
		Random random = new Random(SEED + 1);
		WorkingTime time = WorkingTimeTests.TIME;
		for (int i = 0; i < 20_000; i++) {
			Instant start = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)));
			long a = (long) (random.nextDouble() * 100 * 3600);
			long b = a + (long) (random.nextDouble() * 100 * 3600);
			assertThat(time.add(start, Duration.ofSeconds(a))).as("start %s %d<=%d", start, a, b)
				.isBeforeOrEqualTo(time.add(start, Duration.ofSeconds(b)));
			Instant later = start.plusSeconds((long) (random.nextDouble() * 86400 * 20));
			assertThat(time.between(start, later)).isBetween(Duration.ZERO, Duration.between(start, later));
		}
	}

}
