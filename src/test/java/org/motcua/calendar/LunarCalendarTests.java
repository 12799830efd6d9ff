package org.motcua.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Vietnamese lunar calendar against known dates of Tết and the Hung Kings' day. */
class LunarCalendarTests {

	@Test
	void findsKnownLunarNewYears() {
		assertThat(LunarCalendar.newYear(2023)).isEqualTo(LocalDate.of(2023, 1, 22));
		assertThat(LunarCalendar.newYear(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
		assertThat(LunarCalendar.newYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
		assertThat(LunarCalendar.newYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
		assertThat(LunarCalendar.newYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
	}

	@Test
	void datesTet2030ByTheNewMoonAtUtcPlus7() {
		// the new moon is on 2 February 2030 at about 16:08 UTC, 23:08 at UTC+7 and 00:08
		// on 3
		// February at UTC+8: Vietnam's calendar starts the year on 2 February, China's on
		// 3
		// February (the date often quoted)
		assertThat(LunarCalendar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2030, 2, 3)))
			.isEqualTo(new LunarCalendar.LunarDate(2, 1, 2030, false));
	}

	@Test
	void datesTet1985AtUtcPlus7UnlikeChina() {
		assertThat(LunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21))
			.isNotEqualTo(LocalDate.of(1985, 2, 20));
	}

	@Test
	void findsHungKingsDay() {
		assertThat(hungKings(2023)).isEqualTo(LocalDate.of(2023, 4, 29));
		assertThat(hungKings(2024)).isEqualTo(LocalDate.of(2024, 4, 18));
		assertThat(hungKings(2025)).isEqualTo(LocalDate.of(2025, 4, 7));
		assertThat(hungKings(2026)).isEqualTo(LocalDate.of(2026, 4, 26));
	}

	@Test
	void convertsBothWays() {
		assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 10)))
			.isEqualTo(new LunarCalendar.LunarDate(1, 1, 2024, false));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 9)))
			.isEqualTo(new LunarCalendar.LunarDate(30, 12, 2023, false));
		for (LocalDate day = LocalDate.of(2020, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
			assertThat(LunarCalendar.toSolar(LunarCalendar.toLunar(day))).isEqualTo(day);
		}
	}

	@Test
	void knowsLeapMonthOf2023() {
		// 2023 (Quý Mão) had a leap second month: 20 February 2023 is 1/2, 22 March 1/2
		// leap,
		// 20 April 1/3
		assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 2, 20)))
			.isEqualTo(new LunarCalendar.LunarDate(1, 2, 2023, false));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 3, 22)))
			.isEqualTo(new LunarCalendar.LunarDate(1, 2, 2023, true));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 4, 20)))
			.isEqualTo(new LunarCalendar.LunarDate(1, 3, 2023, false));
		assertThat(LunarCalendar.toSolar(new LunarCalendar.LunarDate(1, 2, 2023, true)))
			.isEqualTo(LocalDate.of(2023, 3, 22));
		// 2020 had a leap fourth month
		assertThat(LunarCalendar.toLunar(LocalDate.of(2020, 5, 23)))
			.isEqualTo(new LunarCalendar.LunarDate(1, 4, 2020, true));
	}

	private static LocalDate hungKings(int year) {
		return LunarCalendar.toSolar(new LunarCalendar.LunarDate(10, 3, year, false));
	}

}
