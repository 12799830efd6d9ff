package org.motcua.organization;

import java.time.LocalDate;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;
import org.motcua.shared.UnitCode;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A new agency, or an agency's new name and end date, as typed on the agency pages. */
class AgencyForm {

	private String code;

	private String name;

	private Level level;

	private String unit;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	static AgencyForm of(Agency agency) {
		AgencyForm form = new AgencyForm();
		form.code = agency.code().value();
		form.name = agency.name();
		form.level = agency.level();
		form.unit = agency.unit().value();
		form.validFrom = agency.validFrom();
		form.validTo = agency.validTo();
		return form;
	}

	/** Checks what the form alone can tell, then builds the agency (or {@code null}). */
	Agency toAgency(Errors errors) {
		AgencyCode agencyCode = null;
		UnitCode unitCode = null;
		if (blank(this.code)) {
			errors.rejectValue("code", "organization.error.required");
		}
		else {
			try {
				agencyCode = AgencyCode.of(this.code);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("code", "organization.error.agency.code-invalid", new Object[] { this.code }, null);
			}
		}
		if (blank(this.name)) {
			errors.rejectValue("name", "organization.error.required");
		}
		if (this.level == null && !errors.hasFieldErrors("level")) {
			errors.rejectValue("level", "organization.error.required");
		}
		if (blank(this.unit)) {
			errors.rejectValue("unit", "organization.error.required");
		}
		else {
			try {
				unitCode = UnitCode.of(this.unit);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("unit", "organization.error.import.unit-code-invalid", new Object[] { this.unit },
						null);
			}
		}
		if (this.validFrom == null && !errors.hasFieldErrors("validFrom")) {
			errors.rejectValue("validFrom", "organization.error.required");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Agency(agencyCode, this.name.strip(), this.level, unitCode, this.validFrom, this.validTo);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Level getLevel() {
		return this.level;
	}

	public void setLevel(Level level) {
		this.level = level;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

}
