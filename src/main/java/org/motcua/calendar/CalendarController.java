package org.motcua.calendar;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working calendar page of the province administrator: a year's weekday hours,
 * holidays and make-up days (add, remove), a proposal of the statutory holidays for a
 * year without a schedule, and the desks' opening hours (which do not count on the
 * clock).
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class CalendarController {

	private final WorkingCalendar calendar;

	private final CalendarAdministration administration;

	private final CalendarEntries entries;

	private final MessageSource messages;

	private final Clock clock;

	CalendarController(WorkingCalendar calendar, CalendarAdministration administration, CalendarEntries entries,
			MessageSource messages, Clock clock) {
		this.calendar = calendar;
		this.administration = administration;
		this.entries = entries;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean propose,
			Model model) {
		int shown = year(year);
		CalendarYear calendarYear = this.calendar.year(shown);
		model.addAttribute("year", shown);
		model.addAttribute("calendarYear", calendarYear);
		model.addAttribute("weekdays", DayOfWeek.values());
		Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.put(day, calendarYear.hours().format(day));
		}
		model.addAttribute("hours", hours);
		model.addAttribute("deskOpenings", this.entries.deskOpenings());
		model.addAttribute("province", this.calendar.province());
		if (propose && !calendarYear.hasSchedule()) {
			model.addAttribute("proposal", StatutoryHolidays.propose(shown, calendarYear.hours()));
		}
		return "calendar/calendar";
	}

	@PostMapping("/hours")
	String changeHours(@RequestParam int year, @RequestParam Map<String, String> form, RedirectAttributes redirect,
			Locale locale) {
		return act(year, redirect, locale, "calendar.hours.changed", () -> {
			Map<DayOfWeek, List<WorkingPeriod>> periods = new EnumMap<>(DayOfWeek.class);
			for (DayOfWeek day : DayOfWeek.values()) {
				periods.put(day, parseHours(form.get("hours-" + day.name())));
			}
			WeekHours hours;
			try {
				hours = new WeekHours(periods);
			}
			catch (IllegalArgumentException ex) {
				throw new CalendarRefused("hours", "hours-overlap");
			}
			this.administration.changeHours(year(year), hours);
		});
	}

	@PostMapping("/days")
	String addDay(@RequestParam int year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "HOLIDAY") DayKind kind, @RequestParam(required = false) String name,
			@RequestParam(required = false) String source, RedirectAttributes redirect, Locale locale) {
		return act(year, redirect, locale, "calendar.day.added", () -> {
			if (date == null) {
				throw new CalendarRefused("date", "date-required");
			}
			this.administration.add(new CalendarDay(date, kind, (name == null) ? "" : name, source));
		});
	}

	@PostMapping("/days/{date}/delete")
	String removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect, Locale locale) {
		return act(date.getYear(), redirect, locale, "calendar.day.removed", () -> this.administration.remove(date));
	}

	@PostMapping("/accept")
	String accept(@RequestParam int year, @RequestParam(name = "date", required = false) List<String> dates,
			@RequestParam(name = "name", required = false) List<String> names,
			@RequestParam(name = "include", required = false) List<Integer> include, RedirectAttributes redirect,
			Locale locale) {
		return act(year, redirect, locale, "calendar.proposal.accepted", () -> {
			List<CalendarDay> days = new ArrayList<>();
			if (dates != null && include != null) {
				for (int i : include) {
					if (i >= 0 && i < dates.size()) {
						days.add(new CalendarDay(parseDate(dates.get(i)), DayKind.HOLIDAY,
								(names != null && i < names.size()) ? names.get(i) : "", StatutoryHolidays.SOURCE));
					}
				}
			}
			this.administration.accept(year(year), days, StatutoryHolidays.SOURCE);
		});
	}

	@PostMapping("/desk")
	String addDeskOpening(@RequestParam int year, @RequestParam DayOfWeek weekday,
			@RequestParam(required = false) String period, @RequestParam(required = false) String note,
			RedirectAttributes redirect, Locale locale) {
		return act(year, redirect, locale, "calendar.desk.added", () -> {
			List<WorkingPeriod> periods = parseHours(period);
			if (periods.size() != 1) {
				throw new CalendarRefused("period", "hours-format");
			}
			this.administration.addDeskOpening(weekday, periods.get(0), note);
		});
	}

	@PostMapping("/desk/{id}/delete")
	String removeDeskOpening(@PathVariable long id, @RequestParam int year, RedirectAttributes redirect,
			Locale locale) {
		return act(year, redirect, locale, "calendar.desk.removed", () -> this.administration.removeDeskOpening(id));
	}

	private String act(int year, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", this.messages.getMessage(done, null, locale));
		}
		catch (CalendarRefused ex) {
			redirect.addFlashAttribute("failure", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "redirect:/admin/calendar?year=" + year(year);
	}

	private int year(Integer year) {
		if (year == null || year < WorkingTime.FIRST_YEAR || year > WorkingTime.LAST_YEAR) {
			return LocalDate.now(this.clock.withZone(this.calendar.zone())).getYear();
		}
		return year;
	}

	private static List<WorkingPeriod> parseHours(String text) {
		try {
			return WeekHours.parseDay(text);
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			throw new CalendarRefused("hours", "hours-format", (text == null) ? "" : text);
		}
	}

	private static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeException | NullPointerException ex) {
			throw new CalendarRefused("date", "date-required");
		}
	}

}
