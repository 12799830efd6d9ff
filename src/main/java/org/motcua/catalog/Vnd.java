package org.motcua.catalog;

import java.math.BigDecimal;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An amount of money in Vietnamese đồng: whole, not negative. */
public record Vnd(BigDecimal amount) implements Comparable<Vnd> {

	public static final Vnd ZERO = new Vnd(BigDecimal.ZERO);

	public Vnd {
		Objects.requireNonNull(amount, "amount");
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("An amount is not negative: " + amount);
		}
		try {
			amount = amount.setScale(0).stripTrailingZeros().setScale(0);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("An amount in VND is whole: " + amount, ex);
		}
	}

	@JsonCreator
	public static Vnd of(BigDecimal amount) {
		return new Vnd(amount);
	}

	public static Vnd of(long amount) {
		return new Vnd(BigDecimal.valueOf(amount));
	}

	@JsonValue
	@Override
	public BigDecimal amount() {
		return this.amount;
	}

	@Override
	public int compareTo(Vnd other) {
		return this.amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return String.format("%,d ₫", this.amount.longValueExact()).replace(',', '.');
	}

}
