package org.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A proposal of a year's public holidays from the Labour Code 2019, Art. 112, for the
 * administrator to adjust and accept: 1 January; five Lunar New Year days (the last day
 * of the old lunar year and the first four of the new); the Hung Kings' day (10th day of
 * the 3rd lunar month); 30 April; 1 May; 2 September and one adjacent day (3 September
 * when 2 September is a Monday or a Thursday, so the break joins a weekend; else 1
 * September). Each holiday on a day without weekday hours gives a compensatory day off on
 * the next working day after it (Art. 111 and 112). No make-up days are proposed: swaps
 * are the Government's choice each year.
 */
final class StatutoryHolidays {

	static final String SOURCE = "Đề xuất theo Bộ luật Lao động 2019, Điều 112 (lịch âm tính theo UTC+7)";

	private StatutoryHolidays() {
	}

	static List<CalendarDay> propose(int year, WeekHours hours) {
		Map<LocalDate, String> holidays = new LinkedHashMap<>();
		holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
		LocalDate tet = LunarCalendar.newYear(year);
		holidays.put(tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm âm lịch)");
		for (int i = 0; i < 4; i++) {
			holidays.put(tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + ")");
		}
		holidays.put(LunarCalendar.toSolar(new LunarCalendar.LunarDate(10, 3, year, false)),
				"Giỗ Tổ Hùng Vương (10/3 âm lịch)");
		holidays.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng");
		holidays.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
		LocalDate nationalDay = MonthDay.of(9, 2).atYear(year);
		DayOfWeek weekday = nationalDay.getDayOfWeek();
		boolean after = weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY;
		LocalDate adjacent = after ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
		holidays.put(after ? nationalDay : adjacent, after ? "Quốc khánh" : "Quốc khánh (ngày liền kề)");
		holidays.put(after ? adjacent : nationalDay, after ? "Quốc khánh (ngày liền kề)" : "Quốc khánh");

		List<CalendarDay> days = new ArrayList<>();
		Map<LocalDate, String> compensatory = new LinkedHashMap<>();
		holidays.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(holiday -> {
			days.add(new CalendarDay(holiday.getKey(), DayKind.HOLIDAY, holiday.getValue(), SOURCE));
			if (hours.on(holiday.getKey().getDayOfWeek()).isEmpty()) {
				LocalDate day = holiday.getKey().plusDays(1);
				while (holidays.containsKey(day) || compensatory.containsKey(day)
						|| hours.on(day.getDayOfWeek()).isEmpty()) {
					day = day.plusDays(1);
				}
				compensatory.put(day, "Nghỉ bù " + holiday.getValue());
			}
		});
		compensatory.forEach((day, name) -> days.add(new CalendarDay(day, DayKind.HOLIDAY, name, SOURCE)));
		days.sort(java.util.Comparator.comparing(CalendarDay::date));
		return days;
	}

}
