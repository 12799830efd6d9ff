package org.motcua.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProcedureCodeTests {

	@Test
	void acceptsNationalCodes() {
		assertThat(ProcedureCode.of(" 1.002835 ").value()).isEqualTo("1.002835");
		assertThat(ProcedureCode.isValid("2.000001")).isTrue();
	}

	@Test
	void acceptsCodesWithAnAgencySuffix() {
		assertThat(ProcedureCode.isValid("1.002835.000.00.00.H56")).isTrue();
	}

	@Test
	void refusesOtherShapes() {
		for (String bad : new String[] { "", "1.2835", "1002835", "1.002835.", "1.002835.h56", "1.002835..H56",
				"A.002835", "1.0028355", "1.002835 000" }) {
			assertThat(ProcedureCode.isValid(bad)).as(bad).isFalse();
		}
		assertThatIllegalArgumentException().isThrownBy(() -> ProcedureCode.of("1.23"));
	}

}
