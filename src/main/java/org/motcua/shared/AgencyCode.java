package org.motcua.shared;

import java.util.Objects;

/**
 * An agency's electronic identification code (mã định danh điện tử của cơ quan), e.g.
 * {@code 000.00.06.H56}: at most 35 characters of digits, capital letters and dots,
 * neither starting nor ending with a dot.
 */
public record AgencyCode(String value) implements java.io.Serializable {

	public AgencyCode {
		Objects.requireNonNull(value, "agency code");
		if (value.isEmpty() || value.length() > 35 || !value.matches("[0-9A-Z]+(\\.[0-9A-Z]+)*")) {
			throw new IllegalArgumentException(
					"An agency code is at most 35 digits, capital letters and dots: " + value);
		}
	}

	public static AgencyCode of(String value) {
		return new AgencyCode(value == null ? null : value.strip());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
