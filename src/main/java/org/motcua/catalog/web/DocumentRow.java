package org.motcua.catalog.web;

import org.motcua.catalog.transfer.CatalogFile;

/** A required document row; the template is kept in hidden fields. */
class DocumentRow {

	String code;

	String name;

	boolean mandatory = true;

	String copies = "1";

	boolean original;

	String acceptsReuseOf;

	String templateSha256;

	String templateFilename;

	String templateMediaType;

	static DocumentRow of(CatalogFile.DocumentEntry r) {
		DocumentRow row = new DocumentRow();
		row.code = r.code();
		row.name = r.name();
		row.mandatory = Boolean.TRUE.equals(r.mandatory());
		row.copies = String.valueOf(r.copies());
		row.original = Boolean.TRUE.equals(r.original());
		row.acceptsReuseOf = String.join(", ", r.acceptsReuseOf());
		if (r.template() != null) {
			row.templateSha256 = r.template().sha256();
			row.templateFilename = r.template().filename();
			row.templateMediaType = r.template().mediaType();
		}
		return row;
	}

	// @formatter:off
	public String getCode() { return this.code; }
	public void setCode(String code) { this.code = code; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public boolean isMandatory() { return this.mandatory; }
	public void setMandatory(boolean mandatory) { this.mandatory = mandatory; }
	public String getCopies() { return this.copies; }
	public void setCopies(String copies) { this.copies = copies; }
	public boolean isOriginal() { return this.original; }
	public void setOriginal(boolean original) { this.original = original; }
	public String getAcceptsReuseOf() { return this.acceptsReuseOf; }
	public void setAcceptsReuseOf(String acceptsReuseOf) { this.acceptsReuseOf = acceptsReuseOf; }
	public String getTemplateSha256() { return this.templateSha256; }
	public void setTemplateSha256(String templateSha256) { this.templateSha256 = templateSha256; }
	public String getTemplateFilename() { return this.templateFilename; }
	public void setTemplateFilename(String templateFilename) { this.templateFilename = templateFilename; }
	public String getTemplateMediaType() { return this.templateMediaType; }
	public void setTemplateMediaType(String templateMediaType) { this.templateMediaType = templateMediaType; }
	// @formatter:on

}
