package org.motcua.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTests {

	private final PasswordRules rules = new PasswordRules(10);

	@Test
	void acceptsLongEnoughPasswordTypedTwice() {
		assertThat(this.rules.check("mật khẩu dài", "mật khẩu dài", "desk9")).isEmpty();
	}

	@Test
	void refusesShortPasswordCountingCharactersNotBytes() {
		assertThat(this.rules.check("123456789", null, "x")).containsExactly("password.tooShort");
		assertThat(this.rules.check("đđđđđđđđđđ", null, "x")).isEmpty();
	}

	@Test
	void refusesBlankMismatchedOrUsernamePasswords() {
		assertThat(this.rules.check("   ", null, "x")).containsExactly("password.required");
		assertThat(this.rules.check("0123456789ab", "0123456789ac", "x")).containsExactly("password.mismatch");
		assertThat(this.rules.check("034099001234", null, "034099001234")).containsExactly("password.sameAsUsername");
	}

}
