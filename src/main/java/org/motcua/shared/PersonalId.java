package org.motcua.shared;

import java.util.Objects;

/**
 * The 12-digit personal identification number (số định danh cá nhân, CCCD).
 *
 * <p>
 * Refuses anything that is not exactly 12 ASCII digits. Its string form is the number
 * itself; {@link #lastFour()} is what printed forms may show.
 */
public record PersonalId(String value) implements java.io.Serializable {

	public PersonalId {
		Objects.requireNonNull(value, "personal ID");
		if (!value.matches("[0-9]{12}")) {
			throw new IllegalArgumentException("A personal ID has exactly 12 digits: " + value);
		}
	}

	public static PersonalId of(String value) {
		return new PersonalId(value == null ? null : value.strip());
	}

	/** The last four digits, the only part a printed form or a status lookup may show. */
	public String lastFour() {
		return this.value.substring(8);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
