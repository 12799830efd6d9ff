package org.motcua.catalog;

import java.math.BigDecimal;

/** Decimal amounts in one form, so that 1, 1.0 and 1.00 compare and print alike. */
final class Decimals {

	private Decimals() {
	}

	static BigDecimal normal(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
