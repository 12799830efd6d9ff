package org.motcua.catalog.web;

import org.motcua.catalog.transfer.CatalogFile;

/** A step row of the processing plan. */
class StepRow {

	String name;

	String role = "SPECIALIST";

	String department;

	String agency;

	String hours;

	static StepRow of(CatalogFile.StepEntry s) {
		StepRow row = new StepRow();
		row.name = s.name();
		row.role = s.role();
		row.department = s.department();
		row.agency = s.agency();
		row.hours = s.hours() == null ? null : s.hours().toPlainString();
		return row;
	}

	// @formatter:off
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getRole() { return this.role; }
	public void setRole(String role) { this.role = role; }
	public String getDepartment() { return this.department; }
	public void setDepartment(String department) { this.department = department; }
	public String getAgency() { return this.agency; }
	public void setAgency(String agency) { this.agency = agency; }
	public String getHours() { return this.hours; }
	public void setHours(String hours) { this.hours = hours; }
	// @formatter:on

}
