package org.motcua.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The proposal of a year's holidays from the Labour Code, Art. 112. */
class StatutoryHolidaysTests {

	@Test
	void proposesLabourCodeHolidaysWithCompensatoryDays() {
		List<LocalDate> dates = StatutoryHolidays.propose(2027, WeekHours.STANDARD)
			.stream()
			.map(CalendarDay::date)
			.toList();
		// Tết 2027 is Saturday 6 February: 5 Feb (Fri) to 9 Feb (Tue); Sat and Sun give
		// 10 and 11 Feb
		assertThat(dates).contains(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6),
				LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11),
				LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 9, 2));
		// 1 May 2027 is a Saturday: compensatory Monday 3 May
		assertThat(dates).contains(LocalDate.of(2027, 5, 3));
		// Hung Kings' day 2027 is the 10th of the 3rd lunar month
		assertThat(dates).contains(LunarCalendar.toSolar(new LunarCalendar.LunarDate(10, 3, 2027, false)));
		assertThat(dates).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void proposesForYear2025LikeTheRealTetAndHungKings() {
		List<CalendarDay> days = StatutoryHolidays.propose(2025, WeekHours.STANDARD);
		assertThat(days).extracting(CalendarDay::date)
			.contains(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 2, 1),
					LocalDate.of(2025, 4, 7), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));
		assertThat(days).allSatisfy(day -> assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY));
		assertThat(days).allSatisfy(day -> assertThat(day.source()).isEqualTo(StatutoryHolidays.SOURCE));
	}

}
