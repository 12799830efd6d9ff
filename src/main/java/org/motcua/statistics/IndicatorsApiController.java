package org.motcua.statistics;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.motcua.shared.Level;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/statistics/indicators}: public figures of the dossiers received in a
 * period, as API.md fixes them.
 */
@RestController
@Tag(name = "statistics")
class IndicatorsApiController {

	private final Statistics statistics;

	private final Clock clock;

	private final StatisticsProperties properties;

	IndicatorsApiController(Statistics statistics, Clock clock, StatisticsProperties properties) {
		this.statistics = statistics;
		this.clock = clock;
		this.properties = properties;
	}

	@Operation(summary = "Indicators of the dossiers received from `from` to `to` (inclusive local dates; default:"
			+ " this year to today), optionally of a level or unit in the administrative tree of `asOf` (default"
			+ " today), an agency, a procedure or a field. Rates are fractions 0..1, or null where the denominator"
			+ " is zero or the data is not held.")
	@GetMapping("/api/v1/statistics/indicators")
	Indicators indicators(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Level level, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String procedure,
			@RequestParam(required = false) String field,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		if (end.isBefore(start)) {
			throw org.motcua.platform.RequestRefused.invalid("statistics.bad-period", start, end);
		}
		return this.statistics.indicators(new IndicatorQuery(start, end, level, blank(unit), blank(agency),
				blank(procedure), blank(field), asOf == null ? today : asOf));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
