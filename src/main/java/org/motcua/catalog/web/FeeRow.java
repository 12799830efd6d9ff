package org.motcua.catalog.web;

/** A fee row. */
class FeeRow {

	String name;

	String amount;

	String note;

	FeeRow() {
	}

	FeeRow(String name, String amount, String note) {
		this.name = name;
		this.amount = amount;
		this.note = note;
	}

	// @formatter:off
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getAmount() { return this.amount; }
	public void setAmount(String amount) { this.amount = amount; }
	public String getNote() { return this.note; }
	public void setNote(String note) { this.note = note; }
	// @formatter:on

}
