package org.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The calendar's tables: dated days, each year's weekday hours, the loaded schedules, the
 * version counter and the desks' opening hours.
 */
@Repository
class CalendarEntries {

	private final JdbcClient jdbc;

	CalendarEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CalendarDay> days() {
		return this.jdbc.sql("SELECT on_date, kind, name, source FROM calendar_day ORDER BY on_date")
			.query((rs, i) -> new CalendarDay(rs.getObject("on_date", LocalDate.class),
					DayKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("source")))
			.list();
	}

	List<CalendarDay> days(int year) {
		return this.jdbc.sql(
				"SELECT on_date, kind, name, source FROM calendar_day WHERE on_date >= ? AND on_date < ? ORDER BY on_date")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
			.query((rs, i) -> new CalendarDay(rs.getObject("on_date", LocalDate.class),
					DayKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("source")))
			.list();
	}

	Optional<CalendarDay> day(LocalDate date) {
		return days(date.getYear()).stream().filter(day -> day.date().equals(date)).findFirst();
	}

	void insert(CalendarDay day) {
		this.jdbc.sql("INSERT INTO calendar_day (on_date, kind, name, source) VALUES (?, ?, ?, ?)")
			.params(day.date(), day.kind().name(), day.name(), day.source())
			.update();
	}

	boolean delete(LocalDate date) {
		return this.jdbc.sql("DELETE FROM calendar_day WHERE on_date = ?").param(date).update() > 0;
	}

	/** Every year that has its own weekday hours. */
	Map<Integer, WeekHours> hours() {
		Map<Integer, Map<DayOfWeek, List<WorkingPeriod>>> years = new HashMap<>();
		this.jdbc.sql(
				"SELECT hours_year, weekday, opens_minute, closes_minute FROM calendar_hours ORDER BY hours_year, weekday, opens_minute")
			.query(rs -> {
				years.computeIfAbsent(rs.getInt("hours_year"), y -> new EnumMap<>(DayOfWeek.class))
					.computeIfAbsent(DayOfWeek.of(rs.getInt("weekday")), d -> new ArrayList<>())
					.add(new WorkingPeriod(time(rs.getInt("opens_minute")), time(rs.getInt("closes_minute"))));
			});
		Map<Integer, WeekHours> hours = new HashMap<>();
		years.forEach((year, periods) -> hours.put(year, new WeekHours(periods)));
		return hours;
	}

	Optional<WeekHours> hours(int year) {
		return Optional.ofNullable(hours().get(year));
	}

	void replaceHours(int year, WeekHours hours) {
		this.jdbc.sql("DELETE FROM calendar_hours WHERE hours_year = ?").param(year).update();
		for (DayOfWeek day : DayOfWeek.values()) {
			for (WorkingPeriod period : hours.on(day)) {
				this.jdbc.sql(
						"INSERT INTO calendar_hours (hours_year, weekday, opens_minute, closes_minute) VALUES (?, ?, ?, ?)")
					.params(year, day.getValue(), period.opensMinute(), period.closesMinute())
					.update();
			}
		}
	}

	Optional<String> schedule(int year) {
		return this.jdbc.sql("SELECT source FROM calendar_schedule WHERE schedule_year = ?")
			.param(year)
			.query(String.class)
			.optional();
	}

	void insertSchedule(int year, String source, Instant at) {
		this.jdbc.sql("INSERT INTO calendar_schedule (schedule_year, source, recorded_at) VALUES (?, ?, ?)")
			.params(year, source, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	long version() {
		return this.jdbc.sql("SELECT version FROM calendar_version WHERE id = 1").query(Long.class).single();
	}

	void bumpVersion() {
		this.jdbc.sql("UPDATE calendar_version SET version = version + 1 WHERE id = 1").update();
	}

	List<DeskOpening> deskOpenings() {
		return this.jdbc.sql(
				"SELECT id, weekday, opens_minute, closes_minute, note FROM desk_opening_hours ORDER BY weekday, opens_minute")
			.query((rs, i) -> new DeskOpening(rs.getLong("id"), DayOfWeek.of(rs.getInt("weekday")),
					new WorkingPeriod(time(rs.getInt("opens_minute")), time(rs.getInt("closes_minute"))),
					rs.getString("note")))
			.list();
	}

	void insert(DeskOpening opening) {
		this.jdbc.sql("INSERT INTO desk_opening_hours (weekday, opens_minute, closes_minute, note) VALUES (?, ?, ?, ?)")
			.params(opening.weekday().getValue(), opening.period().opensMinute(), opening.period().closesMinute(),
					opening.note())
			.update();
	}

	boolean deleteDeskOpening(long id) {
		return this.jdbc.sql("DELETE FROM desk_opening_hours WHERE id = ?").param(id).update() > 0;
	}

	private static LocalTime time(int minute) {
		return (minute >= 1440) ? LocalTime.MAX.withSecond(0).withNano(0) : LocalTime.of(minute / 60, minute % 60);
	}

}
