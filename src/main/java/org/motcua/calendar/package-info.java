/**
 * The working calendar of the province and deadline arithmetic in working time.
 *
 * <p>
 * Owns the weekday working hours of each year, the holidays and make-up working days
 * (national data shipped in {@code calendar/holidays-vn.json} for 2023–2026 and loaded on
 * every start, idempotently), a proposal of the statutory holidays of any other year
 * (Labour Code 2019, Art. 112, with a Vietnamese lunar calendar computed at UTC+7), and
 * the desks' opening hours, which do not count on the clock. Other modules compute due
 * instants through the facade {@link org.motcua.calendar.WorkingCalendar} with a
 * {@link org.motcua.calendar.TimeLimit}; rules for calendar-day limits, boundaries and
 * pauses are in docs/adr/002-calendar-day-limits.md. Publishes the audited events
 * {@code WorkingHoursChanged}, {@code HolidayAdded}, {@code HolidayRemoved},
 * {@code MakeUpDayAdded}, {@code MakeUpDayRemoved} and {@code DeskOpeningHoursChanged};
 * listens to nothing. Pages: {@code /admin/calendar} (province administrators); API:
 * {@code /api/v1/calendar/**} (public).
 *
 * <p>
 * Depends on {@code shared}, {@code platform} and {@code organization}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "organization" })
package org.motcua.calendar;
