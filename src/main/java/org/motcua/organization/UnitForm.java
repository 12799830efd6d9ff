package org.motcua.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.motcua.shared.Level;
import org.motcua.shared.UnitCode;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A new unit as typed on the unit page, or, with {@code predecessors}, the successor of a
 * merge as typed on the merge page.
 */
class UnitForm {

	private String code;

	private String name;

	private Level level;

	private String parent;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	private String predecessors;

	/** Checks what the form alone can tell, then builds the unit (or {@code null}). */
	AdministrativeUnit toUnit(Errors errors) {
		UnitCode unitCode = null;
		if (this.code == null || this.code.isBlank()) {
			errors.rejectValue("code", "organization.error.required");
		}
		else {
			try {
				unitCode = UnitCode.of(this.code);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("code", "organization.error.import.unit-code-invalid", new Object[] { this.code },
						null);
			}
		}
		UnitCode parentCode = null;
		if (this.parent != null && !this.parent.isBlank()) {
			try {
				parentCode = UnitCode.of(this.parent);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("parent", "organization.error.import.unit-code-invalid",
						new Object[] { this.parent }, null);
			}
		}
		if (this.name == null || this.name.isBlank()) {
			errors.rejectValue("name", "organization.error.required");
		}
		if (this.level == null && !errors.hasFieldErrors("level")) {
			errors.rejectValue("level", "organization.error.required");
		}
		if (this.validFrom == null && !errors.hasFieldErrors("validFrom")) {
			errors.rejectValue("validFrom", "organization.error.required");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new AdministrativeUnit(unitCode, this.name.strip(), this.level, parentCode, this.validFrom, this.validTo,
				null);
	}

	/** The predecessors of a merge, separated by commas or spaces. */
	List<UnitCode> predecessorCodes(Errors errors) {
		List<UnitCode> codes = new ArrayList<>();
		String value = this.predecessors == null ? "" : this.predecessors.strip();
		if (value.isEmpty()) {
			errors.rejectValue("predecessors", "organization.error.unit.merge-needs-two");
			return codes;
		}
		for (String part : value.split("[\\s,;]+")) {
			try {
				codes.add(UnitCode.of(part));
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("predecessors", "organization.error.import.unit-code-invalid", new Object[] { part },
						null);
			}
		}
		return codes;
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

	public String getParent() {
		return this.parent;
	}

	public void setParent(String parent) {
		this.parent = parent;
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

	public String getPredecessors() {
		return this.predecessors;
	}

	public void setPredecessors(String predecessors) {
		this.predecessors = predecessors;
	}

}
