package org.motcua.dossier.forms;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The code printed under a form's QR code by which anyone can check the form: 12
 * characters of Crockford's base32 (60 random bits) in three groups of four,
 * {@code 7K2M-Q9XD-4TRA}. Typed codes are read leniently: case, spaces and hyphens do not
 * matter, {@code I} and {@code L} read as {@code 1}, {@code O} as {@code 0}.
 *
 * @param value the code in its printed form
 */
public record VerificationCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final Pattern PRINTED = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}");

	private static final Random RANDOM = new SecureRandom();

	public VerificationCode {
		if (value == null || !PRINTED.matcher(value).matches()) {
			throw new IllegalArgumentException("not a verification code: " + value);
		}
	}

	/**
	 * A new code from a strong random source (whoever records it checks that it is not
	 * taken).
	 */
	public static VerificationCode random() {
		return random(RANDOM);
	}

	static VerificationCode random(Random random) {
		StringBuilder code = new StringBuilder(14);
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(32)));
		}
		return new VerificationCode(code.toString());
	}

	/** The code a person typed, if it can be one. */
	public static Optional<VerificationCode> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String plain = typed.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]", "")
			.replace('I', '1')
			.replace('L', '1')
			.replace('O', '0')
			.replace('U', 'V');
		if (plain.length() != 12) {
			return Optional.empty();
		}
		String printed = plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
		return PRINTED.matcher(printed).matches() ? Optional.of(new VerificationCode(printed)) : Optional.empty();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
