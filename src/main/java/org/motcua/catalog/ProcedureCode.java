package org.motcua.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

import org.motcua.shared.AgencyCode;

/**
 * A procedure's code from the national procedure database, e.g. {@code 1.002835},
 * optionally followed by the code of the agency that publishes it, e.g.
 * {@code 1.002835.000.00.00.H56}. Refuses anything of another shape.
 */
public record ProcedureCode(String value) {

	private static final Pattern NATIONAL = Pattern.compile("[0-9]{1,2}\\.[0-9]{6}");

	public ProcedureCode {
		Objects.requireNonNull(value, "procedure code");
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a procedure code: " + value);
		}
	}

	public static ProcedureCode of(String value) {
		return new ProcedureCode(value == null ? null : value.strip());
	}

	/** Whether {@code value} has the shape of a procedure code. */
	public static boolean isValid(String value) {
		if (value == null || value.length() > 64) {
			return false;
		}
		int dot = value.indexOf('.', value.indexOf('.') + 1);
		String national = dot < 0 ? value : value.substring(0, dot);
		if (!NATIONAL.matcher(national).matches()) {
			return false;
		}
		if (dot < 0) {
			return true;
		}
		try {
			AgencyCode.of(value.substring(dot + 1));
			return value.charAt(value.length() - 1) != '.';
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
