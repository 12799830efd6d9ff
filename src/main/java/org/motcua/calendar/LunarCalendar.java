package org.motcua.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed astronomically at UTC+7 (the algorithm
 * popularised by Hồ Ngọc Đức): Julian day numbers, new moons by Meeus' formula
 * (Astronomical Algorithms, ch. 49, truncated), and the sun's longitude for the solar
 * terms. A month starts on the day (at UTC+7) of a new moon; the 11th month contains the
 * winter solstice; in a 13-month year the leap month is the first without a major solar
 * term. This is why Vietnam's Tết can differ from China's (UTC+8), as in 1985.
 */
final class LunarCalendar {

	/** Vietnam's time zone offset in hours, at which new moons and terms are dated. */
	static final double ZONE = 7.0;

	private static final double SYNODIC_MONTH = 29.530588853;

	private static final double NEW_MOON_EPOCH = 2415021.076998695;

	private LunarCalendar() {
	}

	/** A lunar date: day, month (1-12), year, and whether the month is the leap one. */
	record LunarDate(int day, int month, int year, boolean leap) {
	}

	/** The first day of the lunar year that starts in {@code year} (Tết Nguyên đán). */
	static LocalDate newYear(int year) {
		return toSolar(new LunarDate(1, 1, year, false));
	}

	/** The solar date of a lunar date. */
	static LocalDate toSolar(LunarDate lunar) {
		int a11;
		int b11;
		if (lunar.month() < 11) {
			a11 = month11(lunar.year() - 1);
			b11 = month11(lunar.year());
		}
		else {
			a11 = month11(lunar.year());
			b11 = month11(lunar.year() + 1);
		}
		int offset = lunar.month() - 11;
		if (offset < 0) {
			offset += 12;
		}
		if (b11 - a11 > 365) {
			int leapOffset = leapMonthOffset(a11);
			int leapMonth = leapOffset - 2;
			if (leapMonth < 0) {
				leapMonth += 12;
			}
			if (lunar.leap() && lunar.month() != leapMonth) {
				throw new IllegalArgumentException("No leap month " + lunar.month() + " in " + lunar.year());
			}
			if (lunar.leap() || offset >= leapOffset) {
				offset += 1;
			}
		}
		else if (lunar.leap()) {
			throw new IllegalArgumentException("No leap month in " + lunar.year());
		}
		int k = (int) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
		int monthStart = newMoonDay(k + offset);
		return fromJulianDay(monthStart + lunar.day() - 1);
	}

	/** The lunar date of a solar date. */
	static LunarDate toLunar(LocalDate date) {
		int dayNumber = julianDay(date);
		int k = (int) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
		int monthStart = newMoonDay(k + 1);
		if (monthStart > dayNumber) {
			monthStart = newMoonDay(k);
		}
		int a11 = month11(date.getYear());
		int b11 = a11;
		int lunarYear;
		if (a11 >= monthStart) {
			lunarYear = date.getYear();
			a11 = month11(date.getYear() - 1);
		}
		else {
			lunarYear = date.getYear() + 1;
			b11 = month11(date.getYear() + 1);
		}
		int day = dayNumber - monthStart + 1;
		int diff = (int) Math.floor((monthStart - a11) / 29.0);
		boolean leap = false;
		int month = diff + 11;
		if (b11 - a11 > 365) {
			int leapDiff = leapMonthOffset(a11);
			if (diff >= leapDiff) {
				month = diff + 10;
				leap = diff == leapDiff;
			}
		}
		if (month > 12) {
			month -= 12;
		}
		if (month >= 11 && diff < 4) {
			lunarYear -= 1;
		}
		return new LunarDate(day, month, lunarYear, leap);
	}

	static int julianDay(LocalDate date) {
		return (int) (date.toEpochDay() + 2440588);
	}

	static LocalDate fromJulianDay(int julianDay) {
		return LocalDate.ofEpochDay(julianDay - 2440588L);
	}

	/** The Julian day (fractional, UT) of the k-th new moon after 1900-01-01 (Meeus). */
	static double newMoon(int k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double dr = Math.PI / 180;
		double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
		jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
		double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
		c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
		c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
		c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
		c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
		c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
		c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
		double deltaT;
		if (t < -11) {
			deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
		}
		else {
			deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
		}
		return jd1 + c1 - deltaT;
	}

	/** The day (Julian day number at UTC+7) of the k-th new moon. */
	static int newMoonDay(int k) {
		return (int) Math.floor(newMoon(k) + 0.5 + ZONE / 24);
	}

	/** The sun's apparent longitude in radians, 0..2π, at a Julian day (UT). */
	static double sunLongitude(double julianDay) {
		double t = (julianDay - 2451545.0) / 36525;
		double t2 = t * t;
		double dr = Math.PI / 180;
		double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
		dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
		double l = (l0 + dl) * dr;
		return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
	}

	/**
	 * The solar-term sector (0..11, 30° each) of the sun at the start of a day at UTC+7.
	 */
	static int sunSector(int dayNumber) {
		return (int) Math.floor(sunLongitude(dayNumber - 0.5 - ZONE / 24) / Math.PI * 6);
	}

	/**
	 * The first day of the 11th lunar month (the one with the winter solstice) of a year.
	 */
	static int month11(int year) {
		int off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
		int k = (int) Math.floor(off / SYNODIC_MONTH);
		int newMoon = newMoonDay(k);
		if (sunSector(newMoon) >= 9) {
			newMoon = newMoonDay(k - 1);
		}
		return newMoon;
	}

	/** Which month after month 11 is the leap month, in a 13-month year. */
	static int leapMonthOffset(int a11) {
		int k = (int) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
		int last;
		int i = 1;
		int arc = sunSector(newMoonDay(k + i));
		do {
			last = arc;
			i++;
			arc = sunSector(newMoonDay(k + i));
		}
		while (arc != last && i < 14);
		return i - 1;
	}

}
