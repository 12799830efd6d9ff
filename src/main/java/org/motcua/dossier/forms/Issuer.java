package org.motcua.dossier.forms;

import java.util.Objects;

import org.motcua.shared.AgencyCode;

/**
 * Who issues a form: the agency (under its superior, when it has one), the place named in
 * the date line, and the officer who signs.
 *
 * @param superiorName the superior body printed above the agency
 * ({@code UBND TỈNH AN HÒA}), or {@code null}
 * @param agencyName the issuing agency ({@code Trung tâm Phục vụ hành chính công tỉnh})
 * @param place the place of the date line ({@code Đông Sơn})
 * @param officerName the officer who signs the form
 * @param agencyCode the issuing agency's code, whose key signs the form's PDF;
 * {@code null} leaves the form unsigned
 */
public record Issuer(String superiorName, String agencyName, String place, String officerName, AgencyCode agencyCode) {

	public Issuer {
		Objects.requireNonNull(agencyName, "agencyName");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(officerName, "officerName");
	}

	/** An issuer without an agency code: its forms are not signed. */
	public Issuer(String superiorName, String agencyName, String place, String officerName) {
		this(superiorName, agencyName, place, officerName, null);
	}

}
