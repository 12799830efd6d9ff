package org.motcua.dossier;

import org.motcua.shared.PersonalId;
import org.motcua.shared.TaxCode;

/** The kind of identifier an applicant or representative gives. */
public enum IdType {

	/** The 12-digit personal ID. */
	PERSONAL_ID,
	/** A passport number: 6 to 20 letters and digits. */
	PASSPORT,
	/** An organisation's tax code. */
	TAX_CODE;

	/** The number, normalised; refuses one that does not have this type's shape. */
	public String check(String number) {
		if (number == null) {
			throw new IllegalArgumentException("An ID number is required");
		}
		String value = number.strip();
		return switch (this) {
			case PERSONAL_ID -> PersonalId.of(value).value();
			case TAX_CODE -> TaxCode.of(value).value();
			case PASSPORT -> {
				String upper = value.toUpperCase(java.util.Locale.ROOT);
				if (!upper.matches("[0-9A-Z]{6,20}")) {
					throw new IllegalArgumentException("A passport number is 6 to 20 letters and digits: " + value);
				}
				yield upper;
			}
		};
	}

}
