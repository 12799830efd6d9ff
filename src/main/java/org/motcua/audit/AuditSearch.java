package org.motcua.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the audit page and API: who, what, which record, and the local dates
 * {@code from} to {@code to} (both inclusive).
 */
record AuditSearch(String username, String action, String subjectType, String subjectId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page) {

	static final int MAX_SIZE = 500;

	EntryFilter filter(ZoneId zone) {
		Instant start = this.from == null ? null : this.from.atStartOfDay(zone).toInstant();
		Instant end = this.to == null ? null : this.to.plusDays(1).atStartOfDay(zone).toInstant();
		return new EntryFilter(this.username, this.action, this.subjectType, this.subjectId, start, end);
	}

	int pageNumber() {
		return this.page == null ? 0 : Math.max(0, this.page);
	}

	static int size(Integer size, int fallback) {
		return size == null ? fallback : Math.min(MAX_SIZE, Math.max(1, size));
	}

}
