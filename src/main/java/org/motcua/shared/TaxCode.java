package org.motcua.shared;

import java.util.Objects;

/**
 * An organisation's tax code (mã số thuế, mã số doanh nghiệp): 10 digits, or 10 digits, a
 * dash and 3 digits for a branch.
 */
public record TaxCode(String value) implements java.io.Serializable {

	public TaxCode {
		Objects.requireNonNull(value, "tax code");
		if (!value.matches("[0-9]{10}(-[0-9]{3})?")) {
			throw new IllegalArgumentException("A tax code has 10 digits, or 10-3 for a branch: " + value);
		}
	}

	public static TaxCode of(String value) {
		return new TaxCode(value == null ? null : value.strip());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
