package org.motcua.shared;

import java.util.Objects;

/**
 * The official code of an administrative unit: 2 digits for a province, 3 for a district,
 * 5 for a commune (Decision 124/2004/QĐ-TTg and its successors). Codes are never reused.
 */
public record UnitCode(String value) implements java.io.Serializable {

	public UnitCode {
		Objects.requireNonNull(value, "unit code");
		if (!value.matches("[0-9]{2}|[0-9]{3}|[0-9]{5}")) {
			throw new IllegalArgumentException("A unit code has 2, 3 or 5 digits: " + value);
		}
	}

	public static UnitCode of(String value) {
		return new UnitCode(value == null ? null : value.strip());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
