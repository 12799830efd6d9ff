package org.motcua.audit;

import java.util.List;

/** One page of entries, newest first, and how many match in all. */
public record EntryPage(List<Entry> items, long total) {

}
