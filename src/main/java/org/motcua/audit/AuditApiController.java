package org.motcua.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.platform.PlatformProperties;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over HTTP, for auditors and province administrators. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('AUDITOR','PROVINCE_ADMIN')")
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail")
class AuditApiController {

	private final AuditTrail trail;

	private final PlatformProperties platform;

	AuditApiController(AuditTrail trail, PlatformProperties platform) {
		this.trail = trail;
		this.platform = platform;
	}

	@GetMapping("/verification")
	@Operation(summary = "Verify the whole chain",
			description = "Recomputes every sealed entry's hash: intact, or the first broken position and the reason "
					+ "(CONTENT_CHANGED, HASH_MISMATCH, GAP, UNSEALED).")
	Verification verification() {
		return this.trail.verify();
	}

	@GetMapping("/entries")
	@Operation(summary = "List audit entries, newest first",
			description = "Every filter is optional; from and to are local dates, both inclusive. size is capped at 500.")
	Entries entries(@RequestParam(required = false) String username, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		AuditSearch search = new AuditSearch(username, action, subjectType, subjectId, from, to, page);
		ZoneId zone = this.platform.zone();
		EntryPage found = this.trail.find(search.filter(zone), search.pageNumber(), AuditSearch.size(size, 20));
		return new Entries(found.items().stream().map(entry -> Item.of(entry, zone)).toList(), found.total());
	}

	/** A page of entries. */
	record Entries(List<Item> items, long total) {
	}

	/** One entry as the API shows it. */
	record Item(long id, OffsetDateTime occurredAt, OffsetDateTime recordedAt, String username, String address,
			String action, String subjectType, String subjectId, String summary, String purpose, Long chainPosition,
			String hash) {

		static Item of(Entry entry, ZoneId zone) {
			return new Item(entry.id(), entry.occurredAt().atZone(zone).toOffsetDateTime(),
					entry.recordedAt().atZone(zone).toOffsetDateTime(), entry.username(), entry.address(),
					entry.action(), entry.subjectType(), entry.subjectId(), entry.summary(), entry.purpose(),
					entry.chainPosition(), entry.hash());
		}

	}

}
