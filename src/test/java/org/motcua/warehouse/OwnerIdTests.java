package org.motcua.warehouse;

import org.junit.jupiter.api.Test;
import org.motcua.shared.PersonalId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OwnerIdTests {

	@Test
	void parsesPersonalIdsAndTaxCodes() {
		assertThat(OwnerId.parse(" 034099001234 ").isPerson()).isTrue();
		assertThat(OwnerId.parse("0101234567").isPerson()).isFalse();
		assertThat(OwnerId.parse("0101234567-001").value()).isEqualTo("0101234567-001");
		assertThat(OwnerId.parse("034099001234").is(PersonalId.of("034099001234"))).isTrue();
		assertThat(OwnerId.parse("034099001234").is(PersonalId.of("034099001235"))).isFalse();
	}

	@Test
	void refusesAnythingElse() {
		for (String bad : new String[] { "", "12345", "03409900123", "0340990012345", "01012345670", "0101234567-1",
				"03409900123a", "../034099001234" }) {
			assertThat(OwnerId.isValid(bad)).as(bad).isFalse();
			assertThatIllegalArgumentException().isThrownBy(() -> OwnerId.parse(bad));
		}
		assertThat(OwnerId.isValid(null)).isFalse();
	}

}
