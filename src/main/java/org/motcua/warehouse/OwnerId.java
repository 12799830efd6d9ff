package org.motcua.warehouse;

import java.util.Objects;

import org.motcua.shared.PersonalId;
import org.motcua.shared.TaxCode;

/**
 * The owner of a warehouse: a person by their 12-digit personal ID, or an organisation by
 * its tax code (10 digits, or 10-3 for a branch). Its string form is the number itself.
 */
public record OwnerId(String value) {

	public OwnerId {
		Objects.requireNonNull(value, "owner ID");
		if (!isPersonalId(value) && !isTaxCode(value)) {
			throw new IllegalArgumentException("An owner is a 12-digit personal ID or a tax code: " + value);
		}
	}

	/**
	 * Parses a personal ID or a tax code.
	 * @throws IllegalArgumentException for anything else
	 */
	public static OwnerId parse(String value) {
		return new OwnerId(value == null ? null : value.strip());
	}

	public static OwnerId of(PersonalId personalId) {
		return new OwnerId(personalId.value());
	}

	public static OwnerId of(TaxCode taxCode) {
		return new OwnerId(taxCode.value());
	}

	/** Whether {@code value} parses as an owner. */
	public static boolean isValid(String value) {
		return value != null && (isPersonalId(value.strip()) || isTaxCode(value.strip()));
	}

	/** Whether the owner is a person (a personal ID), not an organisation. */
	public boolean isPerson() {
		return isPersonalId(this.value);
	}

	/** Whether this is the owner of {@code personalId}. */
	public boolean is(PersonalId personalId) {
		return personalId != null && this.value.equals(personalId.value());
	}

	private static boolean isPersonalId(String value) {
		return value.matches("[0-9]{12}");
	}

	private static boolean isTaxCode(String value) {
		return value.matches("[0-9]{10}(-[0-9]{3})?");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
