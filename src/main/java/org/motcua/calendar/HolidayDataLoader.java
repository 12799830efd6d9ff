package org.motcua.calendar;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped national holiday data on start, in every mode (it is national data,
 * not demo data): each announced year once, recorded in {@code calendar_schedule}. A year
 * already there (loaded before, or accepted by the administrator) is left alone, so
 * administrators' edits survive restarts; a date already in the calendar is kept.
 */
@Component
@Order(5)
class HolidayDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HolidayDataLoader.class);

	private final CalendarEntries entries;

	private final WorkingCalendar calendar;

	private final TransactionTemplate transactions;

	private final Clock clock;

	HolidayDataLoader(CalendarEntries entries, WorkingCalendar calendar, TransactionTemplate transactions,
			Clock clock) {
		this.entries = entries;
		this.calendar = calendar;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		load(HolidayData.shipped());
	}

	/** Loads the years not yet recorded; answers how many were loaded. */
	int load(HolidayData data) {
		int loaded = 0;
		for (HolidayData.Schedule schedule : data.schedules()) {
			if (this.entries.schedule(schedule.year()).isPresent()) {
				continue;
			}
			try {
				this.transactions.executeWithoutResult(status -> {
					this.entries.insertSchedule(schedule.year(), schedule.source(), this.clock.instant());
					for (CalendarDay day : schedule.calendarDays()) {
						if (this.entries.day(day.date()).isEmpty()) {
							this.entries.insert(day);
						}
					}
					this.entries.bumpVersion();
				});
				loaded++;
				log.info("Loaded the holidays of {} ({} days)", schedule.year(), schedule.days().size());
			}
			catch (DuplicateKeyException ex) {
				log.info("The holidays of {} were loaded by another instance", schedule.year());
			}
		}
		this.calendar.invalidate();
		return loaded;
	}

}
