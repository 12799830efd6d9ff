package org.motcua.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.motcua.shared.AgencyCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The desks (counters) of each agency, over the {@code desk} table. */
@Repository
class Desks {

	/** A named counter of an agency. */
	record Desk(long id, AgencyCode agency, String name) {
	}

	private final JdbcClient jdbc;

	Desks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Desk> findByAgency(AgencyCode agency) {
		return this.jdbc.sql("SELECT id, agency_code, name FROM desk WHERE agency_code = :agency ORDER BY name, id")
			.param("agency", agency.value())
			.query((rs, n) -> new Desk(rs.getLong("id"), AgencyCode.of(rs.getString("agency_code")),
					rs.getString("name")))
			.list();
	}

	Optional<Desk> findById(long id) {
		return this.jdbc.sql("SELECT id, agency_code, name FROM desk WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Desk(rs.getLong("id"), AgencyCode.of(rs.getString("agency_code")),
					rs.getString("name")))
			.optional();
	}

	Optional<Desk> findByName(AgencyCode agency, String name) {
		return findByAgency(agency).stream().filter(d -> d.name().equals(name)).findFirst();
	}

	long insert(AgencyCode agency, String name, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO desk (agency_code, name, created_at) VALUES (:agency, :name, :now)")
			.param("agency", agency.value())
			.param("name", name)
			.param("now", Accounts.utc(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

}
