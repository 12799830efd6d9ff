package org.motcua.calendar;

/**
 * An edit of the calendar that breaks a rule: {@code code} names it (message
 * {@code calendar.error.<code>}), {@code field} the input it concerns.
 */
class CalendarRefused extends RuntimeException {

	private final String field;

	private final String code;

	private final transient Object[] arguments;

	CalendarRefused(String field, String code, Object... arguments) {
		super(code + " " + java.util.Arrays.toString(arguments));
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	String field() {
		return this.field;
	}

	String code() {
		return this.code;
	}

	String messageKey() {
		return "calendar.error." + this.code;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
