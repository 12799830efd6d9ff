package org.motcua.dossier.forms;

import java.util.Objects;

/**
 * The applicant as the forms print them.
 *
 * @param name full name or organisation name
 * @param idNumber personal ID, passport number or tax code; only its last 4 characters
 * ever leave the system through a form (in the QR code)
 * @param address the address, or {@code null}
 * @param phone the phone number, or {@code null}
 * @param email the e-mail address, or {@code null}
 */
public record Applicant(String name, String idNumber, String address, String phone, String email) {

	public Applicant {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(idNumber, "idNumber");
	}

	/** The last 4 characters of the ID (all of it when shorter). */
	public String idLastFour() {
		return this.idNumber.length() <= 4 ? this.idNumber : this.idNumber.substring(this.idNumber.length() - 4);
	}

	@Override
	public String toString() {
		return "Applicant[" + this.name + ", id …" + idLastFour() + "]";
	}

}
