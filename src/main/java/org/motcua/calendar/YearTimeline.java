package org.motcua.calendar;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One calendar year's working periods as sorted arrays of epoch seconds, with the working
 * seconds elapsed before each period, so that the working position of an instant and the
 * instant of a working position are each a binary search. Built once per year and kept.
 */
final class YearTimeline {

	final int year;

	/** The first second of the year and of the next, in the calendar's zone. */
	final long start;

	final long end;

	private final long[] opens;

	private final long[] closes;

	/**
	 * Working seconds of the year before period i; the last entry is the year total.
	 */
	private final long[] before;

	private YearTimeline(int year, long start, long end, long[] opens, long[] closes) {
		this.year = year;
		this.start = start;
		this.end = end;
		this.opens = opens;
		this.closes = closes;
		this.before = new long[opens.length + 1];
		for (int i = 0; i < opens.length; i++) {
			this.before[i + 1] = this.before[i] + (closes[i] - opens[i]);
		}
	}

	static YearTimeline build(int year, CalendarRules rules) {
		long[] opens = new long[800];
		long[] closes = new long[800];
		int n = 0;
		for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
			for (WorkingPeriod period : rules.periodsOn(date)) {
				if (n == opens.length) {
					opens = Arrays.copyOf(opens, n * 2);
					closes = Arrays.copyOf(closes, n * 2);
				}
				opens[n] = date.atTime(period.opens()).atZone(rules.zone()).toEpochSecond();
				closes[n] = date.atTime(period.closes()).atZone(rules.zone()).toEpochSecond();
				n++;
			}
		}
		long start = LocalDate.of(year, 1, 1).atStartOfDay(rules.zone()).toEpochSecond();
		long end = LocalDate.of(year + 1, 1, 1).atStartOfDay(rules.zone()).toEpochSecond();
		return new YearTimeline(year, start, end, Arrays.copyOf(opens, n), Arrays.copyOf(closes, n));
	}

	/** Working seconds in the whole year. */
	long total() {
		return this.before[this.opens.length];
	}

	boolean contains(long second) {
		return second >= this.start && second < this.end;
	}

	/** Working seconds from the start of the year to {@code second} (within the year). */
	long position(long second) {
		int i = firstClosingAfter(second);
		if (i == this.opens.length) {
			return total();
		}
		return this.before[i] + Math.max(0, second - this.opens[i]);
	}

	/**
	 * The earliest second at which {@code position} working seconds of the year have
	 * elapsed, for a position above zero and at most the total; a period's closing when
	 * it ends one.
	 */
	long instantAt(long position) {
		int lo = 0;
		int hi = this.opens.length - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (this.before[mid + 1] >= position) {
				hi = mid;
			}
			else {
				lo = mid + 1;
			}
		}
		return this.opens[lo] + (position - this.before[lo]);
	}

	/**
	 * The second itself if it lies in a working period, else the next opening in this
	 * year, or -1 if none is left.
	 */
	long nextWorking(long second) {
		int i = firstClosingAfter(second);
		if (i == this.opens.length) {
			return -1;
		}
		return Math.max(second, this.opens[i]);
	}

	private int firstClosingAfter(long second) {
		int lo = 0;
		int hi = this.opens.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (this.closes[mid] > second) {
				hi = mid;
			}
			else {
				lo = mid + 1;
			}
		}
		return lo;
	}

}
