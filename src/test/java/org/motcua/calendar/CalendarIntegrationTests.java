package org.motcua.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.motcua.platform.PlatformProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar on a real database: the shipped holidays loaded once, edits that move due
 * dates at once, refusal of a year without working days, and another instance's edit seen
 * through the version row. Edits use years nobody else uses (the PostgreSQL run shares
 * one database across contexts).
 */
@SpringBootTest
@RecordApplicationEvents
class CalendarIntegrationTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	HolidayDataLoader loader;

	@Autowired
	CalendarEntries entries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformProperties platform;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(ZONE).toInstant();
	}

	static LocalDate firstMonday(int year, int month) {
		LocalDate day = LocalDate.of(year, month, 1);
		while (day.getDayOfWeek() != DayOfWeek.MONDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

	@Test
	void loadsShippedHolidaysOnce() {
		CalendarYear year = this.calendar.year(2024);
		assertThat(year.hasSchedule()).isTrue();
		assertThat(year.holidays()).extracting(CalendarDay::date)
			.contains(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 14),
					LocalDate.of(2024, 4, 18), LocalDate.of(2024, 4, 29), LocalDate.of(2024, 5, 1));
		assertThat(year.makeUpDays()).extracting(CalendarDay::date).containsExactly(LocalDate.of(2024, 5, 4));
		assertThat(this.calendar.year(2026).holidays()).extracting(CalendarDay::date)
			.contains(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22));
		int before = this.entries.days().size();
		assertThat(this.loader.load(HolidayData.shipped())).isZero();
		assertThat(this.entries.days()).hasSize(before);
	}

	@Test
	void computesDomainExample() {
		assertThat(this.calendar.dueAt(at("2023-10-27T09:32"), TimeLimit.of(5, LimitUnit.WORKING_DAYS)))
			.isEqualTo(at("2023-11-03T09:32"));
		assertThat(this.calendar.dueAt(at("2024-02-07T10:00"), TimeLimit.of(1, LimitUnit.WORKING_DAYS)))
			.isEqualTo(at("2024-02-15T10:00"));
	}

	@Test
	void movesDueDatesAtOnceWhenHolidayAddedAndRemoved() {
		LocalDate monday = firstMonday(2041, 3);
		Instant start = monday.atTime(10, 0).atZone(ZONE).toInstant();
		TimeLimit day = TimeLimit.of(1, LimitUnit.WORKING_DAYS);
		assertThat(this.calendar.dueAt(start, day))
			.isEqualTo(monday.plusDays(1).atTime(10, 0).atZone(ZONE).toInstant());

		this.administration.add(new CalendarDay(monday.plusDays(1), DayKind.HOLIDAY, "Ngày thử", "test"));
		assertThat(this.calendar.dueAt(start, day))
			.isEqualTo(monday.plusDays(2).atTime(10, 0).atZone(ZONE).toInstant());
		assertThat(this.events.stream(HolidayAdded.class))
			.anySatisfy(e -> assertThat(e.date()).isEqualTo(monday.plusDays(1)));

		this.administration.remove(monday.plusDays(1));
		assertThat(this.calendar.dueAt(start, day))
			.isEqualTo(monday.plusDays(1).atTime(10, 0).atZone(ZONE).toInstant());
		assertThat(this.events.stream(HolidayRemoved.class))
			.anySatisfy(e -> assertThat(e.date()).isEqualTo(monday.plusDays(1)));
	}

	@Test
	void worksMakeUpDayAndChangedHours() {
		LocalDate saturday = firstMonday(2042, 6).plusDays(5);
		this.administration.add(new CalendarDay(saturday, DayKind.MAKE_UP, "Làm bù thử", null));
		assertThat(this.calendar.isWorkingDay(saturday)).isTrue();
		assertThat(this.events.stream(MakeUpDayAdded.class)).isNotEmpty();

		this.administration.changeHours(2042,
				new WeekHours(Map.of(DayOfWeek.MONDAY, List.of(WorkingPeriod.parse("08:00-12:00")), DayOfWeek.TUESDAY,
						List.of(WorkingPeriod.parse("08:00-12:00")))));
		assertThat(this.calendar.year(2042).hours().format(DayOfWeek.MONDAY)).isEqualTo("08:00-12:00");
		assertThat(this.calendar.workingTimeBetween(saturday.atStartOfDay(ZONE).toInstant(),
				saturday.plusDays(1).atStartOfDay(ZONE).toInstant()))
			.isEqualTo(Duration.ofHours(4));
		assertThat(this.events.stream(WorkingHoursChanged.class)).anySatisfy(e -> assertThat(e.year()).isEqualTo(2042));

		this.administration.remove(saturday);
		assertThat(this.calendar.isWorkingDay(saturday)).isFalse();
		assertThat(this.events.stream(MakeUpDayRemoved.class)).isNotEmpty();
	}

	@Test
	void refusesEditLeavingYearWithoutWorkingDays() {
		assertThatThrownBy(() -> this.administration.changeHours(2043, new WeekHours(Map.of())))
			.isInstanceOf(CalendarRefused.class)
			.hasMessageContaining("year-without-working-days");
		assertThat(this.entries.hours(2043)).isEmpty();
		assertThat(this.calendar.isWorkingDay(firstMonday(2043, 1))).isTrue();
		assertThatThrownBy(
				() -> this.administration.add(new CalendarDay(firstMonday(2043, 1), DayKind.MAKE_UP, "x", null)))
			.isInstanceOf(CalendarRefused.class)
			.hasMessageContaining("make-up-on-working-day");
	}

	@Test
	void seesAnotherInstancesEditThroughVersionRow() {
		WorkingCalendar other = new WorkingCalendar(this.entries, this.platform,
				new CalendarProperties("99", Duration.ZERO), this.clock);
		LocalDate monday = firstMonday(2044, 9);
		Instant start = monday.atTime(9, 0).atZone(ZONE).toInstant();
		TimeLimit day = TimeLimit.of(1, LimitUnit.WORKING_DAYS);
		assertThat(other.dueAt(start, day)).isEqualTo(monday.plusDays(1).atTime(9, 0).atZone(ZONE).toInstant());
		WorkingTime cached = other.time();
		assertThat(other.time()).isSameAs(cached);

		this.administration.add(new CalendarDay(monday.plusDays(1), DayKind.HOLIDAY, "Ngày thử khác", null));
		assertThat(other.time()).isNotSameAs(cached);
		assertThat(other.dueAt(start, day)).isEqualTo(monday.plusDays(2).atTime(9, 0).atZone(ZONE).toInstant());
		this.administration.remove(monday.plusDays(1));
	}

	@Test
	void acceptsProposalForYearWithoutSchedule() {
		int year = 2045;
		assertThat(this.calendar.year(year).hasSchedule()).isFalse();
		List<CalendarDay> proposal = StatutoryHolidays.propose(year, WeekHours.STANDARD);
		int added = this.administration.accept(year, proposal, StatutoryHolidays.SOURCE);
		assertThat(added).isEqualTo(proposal.size());
		assertThat(this.calendar.year(year).hasSchedule()).isTrue();
		assertThat(this.calendar.isWorkingDay(LunarCalendar.newYear(year))).isFalse();
		assertThatThrownBy(() -> this.administration.accept(year, proposal, "again"))
			.isInstanceOf(CalendarRefused.class);
	}

}
