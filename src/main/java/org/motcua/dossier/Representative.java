package org.motcua.dossier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Someone filing on the applicant's behalf (người được ủy quyền); checked as an
 * {@link Applicant} is.
 */
public record Representative(PartyKind kind, IdType idType, String idNumber, String name, LocalDate birthDate,
		String phone, String email, String address) {

	public Representative {
		Applicant checked = new Applicant(kind, idType, idNumber, name, birthDate, phone, email, address);
		idNumber = checked.idNumber();
		name = checked.name();
		Objects.requireNonNull(kind);
	}

	/** The last four characters of the ID number. */
	public String idLastFour() {
		return this.idNumber.substring(this.idNumber.length() - 4);
	}

}
