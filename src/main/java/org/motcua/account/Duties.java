package org.motcua.account;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.motcua.shared.AgencyCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who staffs which desk on which date and shift, over the {@code duty} table. */
@Repository
class Duties {

	/** One assignment of an officer to a desk. */
	record Duty(long deskId, LocalDate date, Shift shift, long accountId) {
	}

	private final JdbcClient jdbc;

	Duties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The duties at an agency's desks between two dates, both inclusive. */
	List<Duty> findBetween(AgencyCode agency, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT d.desk_id, d.duty_date, d.shift, d.account_id FROM duty d
				WHERE d.desk_id IN (SELECT id FROM desk WHERE agency_code = :agency)
				  AND d.duty_date BETWEEN :from AND :to
				ORDER BY d.duty_date, d.shift, d.desk_id
				""")
			.param("agency", agency.value())
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new Duty(rs.getLong("desk_id"), rs.getDate("duty_date").toLocalDate(),
					Shift.valueOf(rs.getString("shift")), rs.getLong("account_id")))
			.list();
	}

	Optional<Duty> find(long deskId, LocalDate date, Shift shift) {
		return this.jdbc.sql("""
				SELECT desk_id, duty_date, shift, account_id FROM duty
				WHERE desk_id = :desk AND duty_date = :date AND shift = :shift
				""")
			.param("desk", deskId)
			.param("date", Date.valueOf(date))
			.param("shift", shift.name())
			.query((rs, n) -> new Duty(rs.getLong("desk_id"), rs.getDate("duty_date").toLocalDate(),
					Shift.valueOf(rs.getString("shift")), rs.getLong("account_id")))
			.optional();
	}

	/** Puts an officer on a desk's shift, replacing whoever was there. */
	void assign(long deskId, LocalDate date, Shift shift, long accountId, Instant now) {
		remove(deskId, date, shift);
		this.jdbc.sql("""
				INSERT INTO duty (desk_id, duty_date, shift, account_id, assigned_at)
				VALUES (:desk, :date, :shift, :account, :now)
				""")
			.param("desk", deskId)
			.param("date", Date.valueOf(date))
			.param("shift", shift.name())
			.param("account", accountId)
			.param("now", Accounts.utc(now))
			.update();
	}

	boolean remove(long deskId, LocalDate date, Shift shift) {
		return this.jdbc.sql("DELETE FROM duty WHERE desk_id = :desk AND duty_date = :date AND shift = :shift")
			.param("desk", deskId)
			.param("date", Date.valueOf(date))
			.param("shift", shift.name())
			.update() > 0;
	}

}
