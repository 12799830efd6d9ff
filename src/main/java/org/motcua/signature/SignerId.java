package org.motcua.signature;

import java.util.Objects;
import java.util.regex.Pattern;

import org.motcua.shared.AgencyCode;

/**
 * Who signs: an officer (by username) or an agency (by its code, for the agency's seal).
 * Its {@link #key()} names the signer's key wherever keys live: the PKCS#12 file, the
 * PKCS#11 label, the remote service's key.
 *
 * @param kind an officer or an agency
 * @param id the username or the agency code
 */
public record SignerId(Kind kind, String id) {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

	/** The kinds of signer. */
	public enum Kind {

		/** A staff member signing with a personal certificate. */
		OFFICER,
		/** An agency signing with its organisation certificate (its seal). */
		AGENCY

	}

	public SignerId {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Not a signer id: " + id);
		}
	}

	/** The officer with this username. */
	public static SignerId officer(String username) {
		return new SignerId(Kind.OFFICER, username);
	}

	/** The agency with this code. */
	public static SignerId agency(AgencyCode agency) {
		return new SignerId(Kind.AGENCY, agency.value());
	}

	/**
	 * The name of the signer's key: {@code officer-desk1}, {@code agency-000.20.01.H99}.
	 */
	public String key() {
		return this.kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + this.id;
	}

	/** The signer a {@link #key()} names. */
	static SignerId ofKey(String key) {
		int dash = key.indexOf('-');
		if (dash < 0) {
			throw new IllegalArgumentException("Not a signer key: " + key);
		}
		return new SignerId(Kind.valueOf(key.substring(0, dash).toUpperCase(java.util.Locale.ROOT)),
				key.substring(dash + 1));
	}

	@Override
	public String toString() {
		return key();
	}

}
