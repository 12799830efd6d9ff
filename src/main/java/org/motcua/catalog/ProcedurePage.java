package org.motcua.catalog;

import java.util.List;

/** One page of a catalog search and the number of all matches. */
public record ProcedurePage(List<ProcedureSummary> items, long total) {

}
