package org.motcua.dossier.forms;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VerificationCodeTests {

	@Test
	void drawsTwelveCrockfordCharactersInGroupsOfFour() {
		long seed = 20261127L;
		System.out.println("seed " + seed);
		Random random = new Random(seed);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String code = VerificationCode.random(random).value();
			assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
			seen.add(code);
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void readsTypedCodesLeniently() {
		assertThat(VerificationCode.parse(" 7k2m q9xd 4tra ")).contains(new VerificationCode("7K2M-Q9XD-4TRA"));
		assertThat(VerificationCode.parse("ILO0-ABCD-EFGH")).contains(new VerificationCode("1100-ABCD-EFGH"));
		assertThat(VerificationCode.parse("7K2M-Q9XD-4TR")).isEmpty();
		assertThat(VerificationCode.parse("7K2M-Q9XD-4TR!")).isEmpty();
		assertThat(VerificationCode.parse(null)).isEmpty();
	}

	@Test
	void refusesAnythingButThePrintedForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> new VerificationCode("7k2m-q9xd-4tra"));
		assertThatIllegalArgumentException().isThrownBy(() -> new VerificationCode("7K2MQ9XD4TRA"));
		assertThatIllegalArgumentException().isThrownBy(() -> new VerificationCode("7K2M-Q9XD-4TRU"));
	}

}
