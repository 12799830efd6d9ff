package org.motcua.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of working time within a day, e.g. 07:00–11:30. Opens before it closes;
 * whole minutes.
 */
public record WorkingPeriod(LocalTime opens, LocalTime closes) {

	public WorkingPeriod {
		Objects.requireNonNull(opens, "opens");
		Objects.requireNonNull(closes, "closes");
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("A working period opens before it closes: " + opens + "-" + closes);
		}
		if (opens.getSecond() != 0 || opens.getNano() != 0 || closes.getSecond() != 0 || closes.getNano() != 0) {
			throw new IllegalArgumentException("Working periods are in whole minutes: " + opens + "-" + closes);
		}
	}

	/** Parses {@code 07:00-11:30}. */
	public static WorkingPeriod parse(String text) {
		String[] parts = text.strip().split("\\s*[-–]\\s*");
		if (parts.length != 2) {
			throw new IllegalArgumentException("Not a working period (HH:MM-HH:MM): " + text);
		}
		return new WorkingPeriod(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
	}

	int opensMinute() {
		return this.opens.getHour() * 60 + this.opens.getMinute();
	}

	int closesMinute() {
		return this.closes.getHour() * 60 + this.closes.getMinute();
	}

	@Override
	public String toString() {
		return this.opens + "-" + this.closes;
	}

}
