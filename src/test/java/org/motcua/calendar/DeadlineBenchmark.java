package org.motcua.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one due date of 15 working days from varied starts in 2024–2026, on the
 * shipped holidays, with each year's timeline already built (as in a running instance).
 * Run as docs/benchmarks.md says; surefire does not pick it up (not named …Tests).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DeadlineBenchmark {

	static final TimeLimit FIFTEEN_DAYS = TimeLimit.of(15, LimitUnit.WORKING_DAYS);

	WorkingTime time;

	Instant[] starts;

	int next;

	@Setup
	public void setUp() {
		ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
		this.time = new WorkingTime(CalendarRules.of(zone, Map.of(), HolidayData.shipped().allDays()));
		long from = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
		long to = Instant.parse("2026-11-30T00:00:00Z").getEpochSecond();
		Random random = new Random(42);
		this.starts = new Instant[4096];
		for (int i = 0; i < this.starts.length; i++) {
			this.starts[i] = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
		}
		for (Instant start : this.starts) {
			this.time.dueAt(start, FIFTEEN_DAYS, List.of(), null);
		}
	}

	@Benchmark
	public Instant dueAtFifteenWorkingDays() {
		Instant start = this.starts[this.next++ & (this.starts.length - 1)];
		return this.time.dueAt(start, FIFTEEN_DAYS, List.of(), null);
	}

}
