package org.motcua.calendar;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.platform.Problems;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working calendar for anyone: due instants, working time between instants, and a
 * year's holidays and make-up days. Instants answer as ISO-8601 with the calendar's
 * offset, to the second ({@code 2023-11-03T09:32:00+07:00}).
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "The province's working calendar and deadlines in working time")
class CalendarApiController {

	static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(3650);

	record Due(String dueAt) {
	}

	record WorkingTimeAnswer(long minutes) {
	}

	record DayItem(LocalDate date, DayKind kind, String name, String source) {
	}

	record YearAnswer(int year, String province, String zone, Map<String, String> hours, String source,
			List<DayItem> holidays, List<DayItem> makeUpDays) {
	}

	/** Bad query parameters, each with the message key of what is wrong. */
	static class InvalidParameters extends RuntimeException {

		final List<String[]> errors;

		InvalidParameters(List<String[]> errors) {
			super("invalid parameters");
			this.errors = errors;
		}

	}

	private final WorkingCalendar calendar;

	private final Problems problems;

	private final MessageSource messages;

	CalendarApiController(WorkingCalendar calendar, Problems problems, MessageSource messages) {
		this.calendar = calendar;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping("/due")
	@Operation(summary = "The due instant of a time limit",
			description = "The due instant, exact to the minute, of a limit of amount WORKING_DAYS (8 working hours each), "
					+ "WORKING_HOURS or CALENDAR_DAYS started at from, on the province's working calendar. A start outside "
					+ "working time begins at the next opening; a calendar-day limit landing on a non-working day moves to the "
					+ "same clock time on the next working day.")
	Due due(@Parameter(description = "the start, ISO-8601 with offset (2023-10-27T09:32:00+07:00); "
			+ "without offset it is local time in the calendar's zone") @RequestParam(required = false) String from,
			@Parameter(description = "the amount, positive, at most one decimal (0.5 = half)") @RequestParam(
					required = false) String amount,
			@Parameter(description = "WORKING_DAYS, WORKING_HOURS or CALENDAR_DAYS") @RequestParam(
					required = false) String unit) {
		List<String[]> errors = new ArrayList<>();
		Instant start = instant("from", from, errors);
		BigDecimal value = null;
		if (amount == null || amount.isBlank()) {
			errors.add(new String[] { "amount", "calendar.param.required" });
		}
		else {
			try {
				value = new BigDecimal(amount.strip());
				if (value.signum() <= 0 || value.compareTo(MAX_AMOUNT) > 0 || value.stripTrailingZeros().scale() > 1) {
					errors.add(new String[] { "amount", "calendar.param.amount" });
				}
			}
			catch (NumberFormatException ex) {
				errors.add(new String[] { "amount", "calendar.param.amount" });
			}
		}
		LimitUnit limitUnit = null;
		if (unit == null || unit.isBlank()) {
			errors.add(new String[] { "unit", "calendar.param.required" });
		}
		else {
			try {
				limitUnit = LimitUnit.valueOf(unit.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.add(new String[] { "unit", "calendar.param.unit" });
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidParameters(errors);
		}
		return new Due(format(this.calendar.dueAt(start, new TimeLimit(value, limitUnit))));
	}

	@GetMapping("/working-time")
	@Operation(summary = "Working time between two instants",
			description = "The working minutes (rounded down) between from and to; negative when to is before from.")
	WorkingTimeAnswer workingTime(
			@Parameter(description = "ISO-8601 instant with offset") @RequestParam(required = false) String from,
			@Parameter(description = "ISO-8601 instant with offset") @RequestParam(required = false) String to) {
		List<String[]> errors = new ArrayList<>();
		Instant a = instant("from", from, errors);
		Instant b = instant("to", to, errors);
		if (!errors.isEmpty()) {
			throw new InvalidParameters(errors);
		}
		return new WorkingTimeAnswer(this.calendar.workingTimeBetween(a, b).toMinutes());
	}

	@GetMapping("/{year}")
	@Operation(summary = "A year of the working calendar",
			description = "The weekday hours, holidays and make-up working days of a year, with their names and sources.")
	YearAnswer year(@Parameter(description = "the year, 1900 to 2999") @PathVariable String year) {
		int value;
		try {
			value = Integer.parseInt(year);
		}
		catch (NumberFormatException ex) {
			value = -1;
		}
		if (value < WorkingTime.FIRST_YEAR || value > WorkingTime.LAST_YEAR) {
			List<String[]> errors = new ArrayList<>();
			errors.add(new String[] { "year", "calendar.param.year" });
			throw new InvalidParameters(errors);
		}
		CalendarYear answer = this.calendar.year(value);
		Map<String, String> hours = new java.util.LinkedHashMap<>();
		for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
			hours.put(day.name(), answer.hours().format(day));
		}
		return new YearAnswer(value, this.calendar.province(), this.calendar.zone().getId(), hours, answer.source(),
				items(answer.holidays()), items(answer.makeUpDays()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidParameters ex, Locale locale) {
		List<Map<String, String>> errors = ex.errors.stream()
			.map(error -> Map.of("field", error[0], "message", this.messages.getMessage(error[1], null, locale)))
			.toList();
		return answer(this.problems.invalid(locale, errors));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> outside(IllegalArgumentException ex, Locale locale) {
		return answer(this.problems.invalid(locale, List
			.of(Map.of("field", "from", "message", this.messages.getMessage("calendar.param.range", null, locale)))));
	}

	private Instant instant(String field, String text, List<String[]> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new String[] { field, "calendar.param.required" });
			return null;
		}
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeException ex) {
			try {
				return LocalDateTime.parse(text.strip()).atZone(this.calendar.zone()).toInstant();
			}
			catch (DateTimeException again) {
				errors.add(new String[] { field, "calendar.param.instant" });
				return null;
			}
		}
	}

	private String format(Instant instant) {
		return INSTANT.format(instant.atZone(this.calendar.zone()));
	}

	private static List<DayItem> items(List<CalendarDay> days) {
		return days.stream().map(d -> new DayItem(d.date(), d.kind(), d.name(), d.source())).toList();
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
