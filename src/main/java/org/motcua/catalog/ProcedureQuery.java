package org.motcua.catalog;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;

/**
 * A search of the catalog: {@code text} matches code or name without regard to accents,
 * {@code đ}/{@code d} or case; the other filters are exact; null means any. Answers are
 * ordered by code, or by name when {@code byName}; {@code size} is capped at
 * {@link #MAX_SIZE}.
 */
public record ProcedureQuery(String text, Level level, AgencyCode agency, String field, OnlineLevel online,
		boolean byName, int page, int size) {

	public static final int MAX_SIZE = 500;

	public ProcedureQuery {
		page = Math.max(page, 0);
		size = Math.max(1, Math.min(size, MAX_SIZE));
	}

	public static ProcedureQuery text(String text) {
		return new ProcedureQuery(text, null, null, null, null, false, 0, 20);
	}

}
