package org.motcua.population;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as the population registry records them. Addresses carry the administrative
 * unit code of their commune; relatives carry a personal ID when the registry gives one.
 *
 * @param personalId the 12-digit personal ID
 * @param fullName the full name
 * @param gender {@code MALE} or {@code FEMALE}
 * @param ethnicity the ethnic group (e.g. Kinh)
 * @param birthDate the birth date
 * @param birthplace the place of birth
 * @param homeTown the home town (quê quán)
 * @param permanentAddress the permanent residence
 * @param currentAddress where the person lives now
 * @param parents father and mother, when known
 * @param spouse the spouse, or {@code null}
 * @param headOfHousehold the head of the household, with the relation to the person
 */
public record Resident(String personalId, String fullName, String gender, String ethnicity, LocalDate birthDate,
		Address birthplace, Address homeTown, Address permanentAddress, Address currentAddress, List<Relative> parents,
		Relative spouse, Relative headOfHousehold) {

	public Resident {
		parents = parents == null ? List.of() : List.copyOf(parents);
	}

	/**
	 * An address: its text and the code of its administrative unit.
	 *
	 * @param text the whole address as written
	 * @param unitCode the code of the commune (or the smallest unit known)
	 */
	public record Address(String text, String unitCode) {
	}

	/**
	 * A relative.
	 *
	 * @param relation e.g. {@code FATHER}, {@code MOTHER}, {@code SPOUSE}, {@code SELF}
	 * @param fullName the relative's name
	 * @param personalId the relative's personal ID, or {@code null}
	 */
	public record Relative(String relation, String fullName, String personalId) {
	}

}
