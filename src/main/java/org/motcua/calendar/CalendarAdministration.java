package org.motcua.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.motcua.shared.Origin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Edits of the working calendar by the province administrator: weekday hours of a year,
 * holidays, make-up days, accepting a proposed schedule, and the desks' opening hours.
 * Refuses an edit that would leave a year without working time, a make-up day on a day
 * that already has weekday hours, and a second entry on a date. Each edit publishes its
 * audited event, bumps the calendar's version and drops the cached calendar at commit.
 */
@Service
class CalendarAdministration {

	private final CalendarEntries entries;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarAdministration(CalendarEntries entries, WorkingCalendar calendar, ApplicationEventPublisher events,
			Clock clock) {
		this.entries = entries;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void changeHours(int year, WeekHours hours) {
		List<CalendarDay> days = this.entries.days(year);
		requireWorkingTime(year, hours, days);
		this.entries.replaceHours(year, hours);
		String text = java.util.Arrays.stream(DayOfWeek.values())
			.filter(day -> !hours.on(day).isEmpty())
			.map(day -> day + " " + hours.format(day))
			.collect(Collectors.joining("; "));
		changed(new WorkingHoursChanged(year, text, Origin.current(this.clock)));
	}

	@Transactional
	void add(CalendarDay day) {
		String name = (day.name() == null) ? "" : day.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new CalendarRefused("name", "name-required");
		}
		if (this.entries.day(day.date()).isPresent()) {
			throw new CalendarRefused("date", "date-taken", day.date());
		}
		int year = day.date().getYear();
		WeekHours hours = this.entries.hours(year).orElse(WeekHours.STANDARD);
		if (day.kind() == DayKind.MAKE_UP && !hours.on(day.date().getDayOfWeek()).isEmpty()) {
			throw new CalendarRefused("date", "make-up-on-working-day", day.date());
		}
		List<CalendarDay> days = new ArrayList<>(this.entries.days(year));
		CalendarDay stored = new CalendarDay(day.date(), day.kind(), name, blankToNull(day.source()));
		days.add(stored);
		requireWorkingTime(year, hours, days);
		this.entries.insert(stored);
		Origin origin = Origin.current(this.clock);
		changed((day.kind() == DayKind.HOLIDAY) ? new HolidayAdded(day.date(), name, stored.source(), origin)
				: new MakeUpDayAdded(day.date(), name, stored.source(), origin));
	}

	@Transactional
	void remove(LocalDate date) {
		CalendarDay day = this.entries.day(date).orElseThrow(() -> new CalendarRefused("date", "unknown-day", date));
		int year = date.getYear();
		List<CalendarDay> days = new ArrayList<>(this.entries.days(year));
		days.removeIf(d -> d.date().equals(date));
		requireWorkingTime(year, this.entries.hours(year).orElse(WeekHours.STANDARD), days);
		this.entries.delete(date);
		Origin origin = Origin.current(this.clock);
		changed((day.kind() == DayKind.HOLIDAY) ? new HolidayRemoved(date, day.name(), day.source(), origin)
				: new MakeUpDayRemoved(date, day.name(), day.source(), origin));
	}

	/**
	 * Accepts a (possibly adjusted) proposal as the year's schedule; dates already in the
	 * calendar are kept as they are. Refused for a year that already has a schedule.
	 */
	@Transactional
	int accept(int year, List<CalendarDay> proposal, String source) {
		if (this.entries.schedule(year).isPresent()) {
			throw new CalendarRefused("year", "year-has-schedule", year);
		}
		int added = 0;
		for (CalendarDay day : proposal) {
			if (day.date().getYear() != year) {
				throw new CalendarRefused("date", "outside-year", day.date(), year);
			}
			if (this.entries.day(day.date()).isEmpty()) {
				add(new CalendarDay(day.date(), day.kind(), day.name(), source));
				added++;
			}
		}
		this.entries.insertSchedule(year, source, this.clock.instant());
		return added;
	}

	@Transactional
	void addDeskOpening(DayOfWeek weekday, WorkingPeriod period, String note) {
		this.entries.insert(new DeskOpening(0, weekday, period, blankToNull(note)));
		this.events
			.publishEvent(new DeskOpeningHoursChanged("added " + weekday + " " + period, Origin.current(this.clock)));
	}

	@Transactional
	void removeDeskOpening(long id) {
		if (!this.entries.deleteDeskOpening(id)) {
			throw new CalendarRefused("id", "unknown-desk-opening", id);
		}
		this.events.publishEvent(new DeskOpeningHoursChanged("removed " + id, Origin.current(this.clock)));
	}

	private void requireWorkingTime(int year, WeekHours hours, List<CalendarDay> days) {
		CalendarRules rules = CalendarRules.of(this.calendar.zone(), java.util.Map.of(year, hours), days);
		if (YearTimeline.build(year, rules).total() == 0) {
			throw new CalendarRefused("year", "year-without-working-days", year);
		}
	}

	private void changed(Object event) {
		this.events.publishEvent(event);
		this.entries.bumpVersion();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CalendarAdministration.this.calendar.invalidate();
				}
			});
		}
		else {
			this.calendar.invalidate();
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
