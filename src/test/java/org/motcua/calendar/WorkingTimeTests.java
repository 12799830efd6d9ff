package org.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Deadline arithmetic on the shipped 2023–2026 holiday data and the standard hours
 * (07:00–11:30, 13:30–17:00, Monday to Friday), without Spring.
 */
class WorkingTimeTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final WorkingTime TIME = new WorkingTime(CalendarRules.of(ZONE, Map.of(), HolidayData.shipped().allDays()));

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
	}

	static Instant due(String start, double amount, LimitUnit unit) {
		return TIME.dueAt(at(start), TimeLimit.of(amount, unit), List.of(), null);
	}

	@Test
	void computesDomainExample() {
		assertThat(due("2023-10-27T09:32", 5, LimitUnit.WORKING_DAYS)).isEqualTo(at("2023-11-03T09:32"))
			.isEqualTo(Instant.parse("2023-11-03T02:32:00Z"));
		assertThat(TIME.between(at("2023-10-27T09:32"), at("2023-11-03T09:32"))).isEqualTo(Duration.ofHours(40));
	}

	@Test
	void takesStartToItsMinute() {
		assertThat(TIME.dueAt(at("2023-10-27T09:32:59"), TimeLimit.of(5, LimitUnit.WORKING_DAYS), List.of(), null))
			.isEqualTo(at("2023-11-03T09:32"));
	}

	@Test
	void skipsLunarNewYear2024() {
		assertThat(due("2024-02-07T10:00", 1, LimitUnit.WORKING_DAYS)).isEqualTo(at("2024-02-15T10:00"));
		assertThat(TIME.isWorkingDay(LocalDate.of(2024, 2, 8))).isFalse();
		assertThat(TIME.isWorkingDay(LocalDate.of(2024, 2, 14))).isFalse();
		assertThat(TIME.isWorkingDay(LocalDate.of(2024, 2, 15))).isTrue();
	}

	@Test
	void skipsLunarNewYear2026() {
		assertThat(due("2026-02-13T16:00", 2, LimitUnit.WORKING_HOURS)).isEqualTo(at("2026-02-23T08:00"));
		assertThat(TIME.between(at("2026-02-13T17:00"), at("2026-02-23T07:00"))).isZero();
	}

	@Test
	void skipsAprilHolidays2024AndWorksMakeUpSaturday() {
		assertThat(due("2024-04-26T09:00", 1, LimitUnit.WORKING_DAYS)).isEqualTo(at("2024-05-02T09:00"));
		assertThat(due("2024-05-03T09:00", 1, LimitUnit.WORKING_DAYS)).isEqualTo(at("2024-05-04T09:00"));
		assertThat(TIME.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
		assertThat(TIME.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
		assertThat(TIME.between(at("2024-05-04T00:00"), at("2024-05-05T00:00"))).isEqualTo(Duration.ofHours(8));
		assertThat(TIME.isWorkingDay(LocalDate.of(2024, 4, 18))).isFalse();
	}

	@Test
	void skipsNationalDay() {
		assertThat(due("2025-08-29T15:00", 4, LimitUnit.WORKING_HOURS)).isEqualTo(at("2025-09-03T09:00"));
		assertThat(due("2024-08-30T16:00", 2, LimitUnit.WORKING_HOURS)).isEqualTo(at("2024-09-04T08:00"));
	}

	@Test
	void crossesYearEndWithNewYearHoliday() {
		assertThat(due("2023-12-29T14:00", 1, LimitUnit.WORKING_DAYS)).isEqualTo(at("2024-01-02T14:00"));
		assertThat(TIME.between(at("2023-12-29T14:00"), at("2024-01-02T14:00"))).isEqualTo(Duration.ofHours(8));
		assertThat(due("2025-12-31T16:30", 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2026-01-02T07:30"));
	}

	@Test
	void startsClockAtNextOpening() {
		assertThat(due("2023-10-30T07:00", 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2023-10-30T08:00"));
		assertThat(due("2023-10-30T06:15", 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2023-10-30T08:00"));
		assertThat(due("2023-10-30T11:30", 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2023-10-30T14:30"));
		assertThat(due("2023-10-30T12:10", 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2023-10-30T14:30"));
		assertThat(due("2023-10-30T13:30", 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2023-10-30T14:30"));
		assertThat(due("2023-10-30T17:00", 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2023-10-31T08:00"));
		assertThat(due("2023-10-30T19:45", 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2023-10-31T08:00"));
		// received on a Saturday morning: the clock starts on Monday
		assertThat(due("2023-10-28T08:00", 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2023-10-30T08:00"));
		assertThat(TIME.nextWorking(at("2023-10-28T08:00"))).isEqualTo(at("2023-10-30T07:00"));
		assertThat(TIME.nextWorking(at("2023-10-30T11:30"))).isEqualTo(at("2023-10-30T13:30"));
		assertThat(TIME.nextWorking(at("2023-10-30T11:29"))).isEqualTo(at("2023-10-30T11:29"));
	}

	@Test
	void endsAtClosingWhenLimitFillsPeriod() {
		assertThat(due("2023-10-30T07:00", 4.5, LimitUnit.WORKING_HOURS)).isEqualTo(at("2023-10-30T11:30"));
		assertThat(due("2023-10-30T07:00", 1, LimitUnit.WORKING_DAYS)).isEqualTo(at("2023-10-30T17:00"));
		assertThat(due("2023-10-27T17:00", 5, LimitUnit.WORKING_DAYS)).isEqualTo(at("2023-11-03T17:00"));
		assertThat(due("2023-10-30T10:00", 1, LimitUnit.WORKING_DAYS)).isEqualTo(at("2023-10-31T10:00"));
	}

	@Test
	void countsFractions() {
		assertThat(due("2023-10-30T07:00", 0.5, LimitUnit.WORKING_DAYS)).isEqualTo(at("2023-10-30T11:00"));
		assertThat(due("2023-10-30T07:00", 1.5, LimitUnit.WORKING_DAYS)).isEqualTo(at("2023-10-31T11:00"));
		assertThat(due("2023-10-30T11:00", 0.5, LimitUnit.WORKING_HOURS)).isEqualTo(at("2023-10-30T11:30"));
		assertThat(due("2023-10-30T11:00", 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2023-10-30T14:00"));
		assertThat(due("2023-10-30T11:00", 0.1, LimitUnit.WORKING_DAYS)).isEqualTo(at("2023-10-30T13:48"));
		assertThat(due("2023-10-30T09:00", 0.5, LimitUnit.CALENDAR_DAYS)).isEqualTo(at("2023-10-30T21:00"));
	}

	@Test
	void movesCalendarDayLimitOffNonWorkingDays() {
		// lands on Sunday 8 October: the same time on Monday
		assertThat(due("2023-10-02T09:00", 6, LimitUnit.CALENDAR_DAYS)).isEqualTo(at("2023-10-09T09:00"));
		assertThat(due("2023-10-02T09:00", 4, LimitUnit.CALENDAR_DAYS)).isEqualTo(at("2023-10-06T09:00"));
		// lands on Saturday 27 April 2024, in the holidays: Thursday 2 May
		assertThat(due("2024-04-25T10:00", 2, LimitUnit.CALENDAR_DAYS)).isEqualTo(at("2024-05-02T10:00"));
		// lands on the make-up Saturday 4 May 2024, a working day
		assertThat(due("2024-05-02T07:00", 2, LimitUnit.CALENDAR_DAYS)).isEqualTo(at("2024-05-04T07:00"));
		// received on Friday evening: counts from Monday's opening
		assertThat(due("2023-10-27T18:00", 3, LimitUnit.CALENDAR_DAYS)).isEqualTo(at("2023-11-02T07:00"));
		// 30 days over Tết 2024
		assertThat(due("2024-01-15T08:00", 30, LimitUnit.CALENDAR_DAYS)).isEqualTo(at("2024-02-15T08:00"));
	}

	@Test
	void addsBackWorkingTimeOfPauses() {
		Instant start = at("2023-10-27T09:32");
		TimeLimit five = TimeLimit.of(5, LimitUnit.WORKING_DAYS);
		// a supplement from Monday 10:00 to Tuesday 10:00 paused 8 working hours
		Pause day = new Pause(at("2023-10-30T10:00"), at("2023-10-31T10:00"));
		assertThat(TIME.dueAt(start, five, List.of(day), null)).isEqualTo(at("2023-11-06T09:32"));
		// a pause over the weekend only stops no working time
		Pause weekend = new Pause(at("2023-10-28T08:00"), at("2023-10-29T20:00"));
		assertThat(TIME.dueAt(start, five, List.of(weekend), null)).isEqualTo(at("2023-11-03T09:32"));
		// overlapping pauses count once; a pause before the start does not count
		Pause overlap = new Pause(at("2023-10-30T16:00"), at("2023-10-31T09:00"));
		Pause before = new Pause(at("2023-10-20T08:00"), at("2023-10-27T09:00"));
		assertThat(TIME.dueAt(start, five, List.of(overlap, day, before), null)).isEqualTo(at("2023-11-06T09:32"));
		// a pause still open lasts until now
		Pause open = new Pause(at("2023-10-30T10:00"), null);
		assertThat(TIME.dueAt(start, five, List.of(open), at("2023-10-31T10:00"))).isEqualTo(at("2023-11-06T09:32"));
		// calendar-day limits add back the calendar time paused
		Pause twoDays = new Pause(at("2023-10-03T09:00"), at("2023-10-05T09:00"));
		assertThat(TIME.dueAt(at("2023-10-02T09:00"), TimeLimit.of(2, LimitUnit.CALENDAR_DAYS), List.of(twoDays), null))
			.isEqualTo(at("2023-10-06T09:00"));
	}

	@Test
	void runsOnYearsOwnHours() {
		WeekHours withSaturday = new WeekHours(
				Map.of(java.time.DayOfWeek.MONDAY, List.of(WorkingPeriod.parse("08:00-12:00")),
						java.time.DayOfWeek.SATURDAY, List.of(WorkingPeriod.parse("08:00-10:00"))));
		WorkingTime time = new WorkingTime(CalendarRules.of(ZONE, Map.of(2031, withSaturday), List.of()));
		Instant monday = LocalDateTime.parse("2031-01-06T11:00").atZone(ZONE).toInstant();
		assertThat(time.add(monday, Duration.ofHours(3)))
			.isEqualTo(LocalDateTime.parse("2031-01-11T10:00").atZone(ZONE).toInstant());
		// 2032 has no hours of its own: the standard week
		assertThat(time.isWorkingDay(LocalDate.of(2032, 1, 2))).isTrue();
		assertThat(time.isWorkingDay(LocalDate.of(2031, 1, 7))).isFalse();
	}

	@Test
	void refusesNegativeWorkAndYearsOutsideCalendar() {
		assertThatIllegalArgumentException().isThrownBy(() -> TIME.add(at("2023-10-27T09:32"), Duration.ofHours(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> TIME.add(at("1850-01-01T09:00"), Duration.ofHours(1)));
		assertThat(TIME.between(at("2023-11-03T09:32"), at("2023-10-27T09:32"))).isEqualTo(Duration.ofHours(-40));
	}

}
