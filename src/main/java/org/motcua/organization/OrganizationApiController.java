package org.motcua.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.shared.Level;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation for other systems: agencies and units valid on a date, for any staff
 * bearer token.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization", description = "Administrative units and agencies, as of a date")
@SecurityRequirement(name = "bearer")
class OrganizationApiController {

	static final int MAX_PAGE_SIZE = 500;

	/** A page of answers. */
	record Page<T>(List<T> items, long total) {

		static <T> Page<T> of(List<T> all, int page, int size) {
			int capped = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
			int from = (int) Math.min((long) Math.max(page, 0) * capped, all.size());
			return new Page<>(all.subList(from, Math.min(from + capped, all.size())), all.size());
		}

	}

	record AgencyItem(String code, String name, Level level, String unitCode, LocalDate validFrom, LocalDate validTo) {
	}

	record UnitItem(String code, String name, Level level, String parentCode, LocalDate validFrom, LocalDate validTo,
			String successorCode) {
	}

	private final Organization organization;

	private final Clock clock;

	OrganizationApiController(Organization organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/agencies")
	@Operation(summary = "Agencies valid on a date",
			description = "The agencies valid on asOf (default today), of one level if given, by code, paged.")
	Page<AgencyItem> agencies(
			@Parameter(description = "the date (YYYY-MM-DD); default today") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@Parameter(description = "PROVINCE, DISTRICT or COMMUNE") @RequestParam(required = false) Level level,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		LocalDate date = asOf != null ? asOf : LocalDate.now(this.clock);
		List<AgencyItem> items = this.organization.agencies(date, level)
			.stream()
			.map(a -> new AgencyItem(a.code().value(), a.name(), a.level(), a.unit().value(), a.validFrom(),
					a.validTo()))
			.toList();
		return Page.of(items, page, size);
	}

	@GetMapping("/units")
	@Operation(summary = "Administrative units valid on a date",
			description = "The units of the tree of asOf (default today), each parent before its children, of one level if given, paged.")
	Page<UnitItem> units(
			@Parameter(description = "the date (YYYY-MM-DD); default today") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@Parameter(description = "PROVINCE, DISTRICT or COMMUNE") @RequestParam(required = false) Level level,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		LocalDate date = asOf != null ? asOf : LocalDate.now(this.clock);
		List<UnitItem> items = this.organization.unitsAsOf(date)
			.stream()
			.filter(u -> level == null || u.level() == level)
			.map(u -> new UnitItem(u.code().value(), u.name(), u.level(),
					u.parent() == null ? null : u.parent().value(), u.validFrom(), u.validTo(),
					u.successor() == null ? null : u.successor().value()))
			.toList();
		return Page.of(items, page, size);
	}

}
