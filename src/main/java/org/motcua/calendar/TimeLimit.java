package org.motcua.calendar;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A statutory time limit: an amount in a {@link LimitUnit}, e.g. 5 working days, 0.5
 * working days (4 hours), 30 calendar days. The amount is positive, with at most one
 * decimal place for half days.
 */
public record TimeLimit(BigDecimal amount, LimitUnit unit) {

	public TimeLimit {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(unit, "unit");
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("A time limit is positive: " + amount);
		}
		if (amount.stripTrailingZeros().scale() > 1) {
			throw new IllegalArgumentException("A time limit has at most one decimal place: " + amount);
		}
	}

	public static TimeLimit of(double amount, LimitUnit unit) {
		return new TimeLimit(BigDecimal.valueOf(amount).stripTrailingZeros(), unit);
	}

	/**
	 * The limit in its own hours: working hours for working-day and working-hour limits,
	 * calendar hours for calendar-day limits. The steps of a processing plan share these.
	 */
	public BigDecimal hours() {
		return switch (this.unit) {
			case WORKING_DAYS -> this.amount.multiply(BigDecimal.valueOf(8));
			case CALENDAR_DAYS -> this.amount.multiply(BigDecimal.valueOf(24));
			case WORKING_HOURS -> this.amount;
		};
	}

}
