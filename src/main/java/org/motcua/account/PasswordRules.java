package org.motcua.account;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new password must be: at least {@code motcua.account.min-password-length}
 * characters, not only spaces, not the username, and typed the same twice where a form
 * asks twice. Answers message codes ({@code password.*}), empty when the password is
 * acceptable.
 */
final class PasswordRules {

	private final int minLength;

	PasswordRules(int minLength) {
		this.minLength = minLength;
	}

	int minLength() {
		return this.minLength;
	}

	List<String> check(String password, String repeat, String username) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.isBlank()) {
			problems.add("password.required");
			return problems;
		}
		if (password.codePointCount(0, password.length()) < this.minLength) {
			problems.add("password.tooShort");
		}
		if (username != null && password.equalsIgnoreCase(username)) {
			problems.add("password.sameAsUsername");
		}
		if (repeat != null && !repeat.equals(password)) {
			problems.add("password.mismatch");
		}
		return problems;
	}

}
