package org.motcua.catalog;

import java.util.List;

/**
 * A kind of result a procedure issues (a licence, a certificate, a decision), whether it
 * is a paper result, and the structured fields a digitized result of this type carries.
 */
public record ResultType(String code, String name, boolean paperResult, List<ResultField> fields) {

	public ResultType {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	/** A structured field of a digitized result, e.g. a birth certificate's full name. */
	public record ResultField(String code, String name, FieldType type, boolean required) {

	}

	/** The type of a result field's value. */
	public enum FieldType {

		TEXT, DATE, NUMBER, PERSONAL_ID

	}

}
