package org.motcua.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;
import org.motcua.shared.UnitCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored agencies and their departments. */
@Repository
class Agencies {

	private static final String COLUMNS = "code, name, level, unit_code, valid_from, valid_to";

	private final JdbcClient jdbc;

	Agencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Agency> find(AgencyCode code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM agency WHERE code = :code")
			.param("code", code.value())
			.query(Agencies::agency)
			.optional();
	}

	boolean exists(AgencyCode code) {
		return this.jdbc.sql("SELECT COUNT(*) FROM agency WHERE code = :code")
			.param("code", code.value())
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Agencies valid on {@code date} (every agency when it is null), of a level if given.
	 */
	List<Agency> list(LocalDate date, Level level) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM agency WHERE 1 = 1");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (date != null) {
			sql.append(" AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)");
			params.put("d", date);
		}
		if (level != null) {
			sql.append(" AND level = :level");
			params.put("level", level.name());
		}
		return this.jdbc.sql(sql.append(" ORDER BY code").toString()).params(params).query(Agencies::agency).list();
	}

	void insert(Agency agency) {
		this.jdbc
			.sql("INSERT INTO agency (code, name, level, unit_code, valid_from, valid_to)"
					+ " VALUES (:code, :name, :level, :unit, :from, :to)")
			.param("code", agency.code().value())
			.param("name", agency.name())
			.param("level", agency.level().name())
			.param("unit", agency.unit().value())
			.param("from", agency.validFrom())
			.param("to", agency.validTo())
			.update();
	}

	void update(Agency agency) {
		this.jdbc.sql("UPDATE agency SET name = :name, valid_to = :to WHERE code = :code")
			.param("code", agency.code().value())
			.param("name", agency.name())
			.param("to", agency.validTo())
			.update();
	}

	List<Department> departments(AgencyCode agency) {
		return this.jdbc.sql("SELECT agency_code, code, name FROM department WHERE agency_code = :a ORDER BY code")
			.param("a", agency.value())
			.query((rs, n) -> new Department(AgencyCode.of(rs.getString(1)), rs.getString(2), rs.getString(3)))
			.list();
	}

	Optional<Department> department(AgencyCode agency, String code) {
		return departments(agency).stream().filter(d -> d.code().equals(code)).findFirst();
	}

	void insert(Department department) {
		this.jdbc.sql("INSERT INTO department (agency_code, code, name) VALUES (:a, :code, :name)")
			.param("a", department.agency().value())
			.param("code", department.code())
			.param("name", department.name())
			.update();
	}

	void update(Department department) {
		this.jdbc.sql("UPDATE department SET name = :name WHERE agency_code = :a AND code = :code")
			.param("a", department.agency().value())
			.param("code", department.code())
			.param("name", department.name())
			.update();
	}

	private static Agency agency(ResultSet rs, int row) throws SQLException {
		return new Agency(AgencyCode.of(rs.getString("code")), rs.getString("name"),
				Level.valueOf(rs.getString("level")), UnitCode.of(rs.getString("unit_code")),
				rs.getDate("valid_from").toLocalDate(), Units.date(rs.getDate("valid_to")));
	}

}
