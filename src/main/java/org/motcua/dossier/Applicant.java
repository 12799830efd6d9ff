package org.motcua.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The person or organisation a dossier is for. The ID number is checked against its type
 * (a personal ID has 12 digits, a tax code 10 or 10-3); a person has no tax code and an
 * organisation no personal ID. Only {@link #idLastFour()} may leave the module in
 * summaries and printed forms. {@code verified}: the desk found the person in the
 * national population registry with this ID, name and birth date.
 */
public record Applicant(PartyKind kind, IdType idType, String idNumber, String name, LocalDate birthDate, String phone,
		String email, String address, boolean verified) {

	/** An applicant not verified against the population registry. */
	public Applicant(PartyKind kind, IdType idType, String idNumber, String name, LocalDate birthDate, String phone,
			String email, String address) {
		this(kind, idType, idNumber, name, birthDate, phone, email, address, false);
	}

	public Applicant {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(idType, "idType");
		idNumber = idType.check(idNumber);
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An applicant has a name");
		}
		name = name.strip();
		if (kind == PartyKind.PERSON && idType == IdType.TAX_CODE
				|| kind == PartyKind.ORGANIZATION && idType == IdType.PERSONAL_ID) {
			throw new IllegalArgumentException("A " + kind + " is not identified by a " + idType);
		}
	}

	/** The last four characters of the ID number. */
	public String idLastFour() {
		return this.idNumber.substring(this.idNumber.length() - 4);
	}

}
