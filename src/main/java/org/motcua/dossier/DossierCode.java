package org.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.motcua.shared.AgencyCode;

/**
 * A dossier's code (mã hồ sơ): {@code <agency code>-<YYMMDD of receipt>-<NNNN>}, e.g.
 * {@code 000.00.06.H56-231027-0361}, the number being the agency's daily sequence (1 to
 * 9999). Refuses any other shape. Circular 01/2018/TT-VPCP, Art. 9.
 */
public record DossierCode(AgencyCode agency, LocalDate day, int number) {

	/** The greatest number of a day: the code has four digits for it. */
	public static final int MAX_NUMBER = 9999;

	private static final Pattern SHAPE = Pattern.compile("([0-9A-Z.]{1,35})-([0-9]{6})-([0-9]{4})");

	private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd");

	public DossierCode {
		Objects.requireNonNull(agency, "agency");
		Objects.requireNonNull(day, "day");
		if (number < 1 || number > MAX_NUMBER) {
			throw new IllegalArgumentException("A dossier number is 1 to 9999: " + number);
		}
		if (day.getYear() < 2000 || day.getYear() > 2099) {
			throw new IllegalArgumentException("A dossier code's year is 2000 to 2099: " + day);
		}
	}

	/** Reads {@code 000.00.06.H56-231027-0361}; refuses anything else. */
	public static DossierCode parse(String text) {
		Matcher m = SHAPE.matcher(text == null ? "" : text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("Not a dossier code: " + text);
		}
		try {
			LocalDate day = LocalDate.parse("20" + m.group(2), DateTimeFormatter.BASIC_ISO_DATE);
			return new DossierCode(AgencyCode.of(m.group(1)), day, Integer.parseInt(m.group(3)));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not a dossier code: " + text, ex);
		}
	}

	/** Whether {@code text} is a well-formed dossier code. */
	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	public String value() {
		return this.agency.value() + "-" + YYMMDD.format(this.day) + "-" + String.format("%04d", this.number);
	}

	@Override
	public String toString() {
		return value();
	}

}
