package org.motcua.organization;

/**
 * A change to units, agencies or departments that breaks a rule: {@code code} names the
 * rule (message {@code organization.error.<code>}), {@code field} the input it concerns,
 * and {@code conflict} whether it clashes with existing data (a reused code) rather than
 * being invalid in itself.
 */
class OrganizationRefused extends RuntimeException {

	private final String field;

	private final String code;

	private final boolean conflict;

	private final transient Object[] arguments;

	OrganizationRefused(String field, String code, boolean conflict, Object... arguments) {
		super(code + " " + java.util.Arrays.toString(arguments));
		this.field = field;
		this.code = code;
		this.conflict = conflict;
		this.arguments = arguments;
	}

	static OrganizationRefused invalid(String field, String code, Object... arguments) {
		return new OrganizationRefused(field, code, false, arguments);
	}

	static OrganizationRefused conflict(String field, String code, Object... arguments) {
		return new OrganizationRefused(field, code, true, arguments);
	}

	String field() {
		return this.field;
	}

	String code() {
		return this.code;
	}

	String messageKey() {
		return "organization.error." + this.code;
	}

	boolean isConflict() {
		return this.conflict;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
