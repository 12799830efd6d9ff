package org.motcua.organization;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.motcua.shared.Level;
import org.motcua.shared.UnitCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored administrative units and their lineage. */
@Repository
class Units {

	private static final String COLUMNS = "code, name, level, parent_code, valid_from, valid_to, successor_code";

	private final JdbcClient jdbc;

	Units(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The whole tree, every date, for checking a change. */
	UnitTree tree() {
		return new UnitTree(all(), lineage());
	}

	List<AdministrativeUnit> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM administrative_unit ORDER BY code").query(Units::unit).list();
	}

	List<AdministrativeUnit> validOn(LocalDate date) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM administrative_unit WHERE valid_from <= :d"
					+ " AND (valid_to IS NULL OR valid_to > :d) ORDER BY code")
			.param("d", date)
			.query(Units::unit)
			.list();
	}

	Optional<AdministrativeUnit> find(UnitCode code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM administrative_unit WHERE code = :code")
			.param("code", code.value())
			.query(Units::unit)
			.optional();
	}

	boolean exists(UnitCode code) {
		return this.jdbc.sql("SELECT COUNT(*) FROM administrative_unit WHERE code = :code")
			.param("code", code.value())
			.query(Integer.class)
			.single() > 0;
	}

	List<UnitLineage> lineage() {
		return this.jdbc
			.sql("SELECT predecessor_code, successor_code, kind, effective_on FROM unit_lineage ORDER BY id")
			.query((rs, n) -> new UnitLineage(UnitCode.of(rs.getString(1)), UnitCode.of(rs.getString(2)),
					LineageKind.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate()))
			.list();
	}

	/**
	 * Stores the changes of a tree: new units first (parents before children), then every
	 * changed field, then the lineage.
	 */
	void store(UnitTree.Changes changes) {
		for (AdministrativeUnit unit : changes.created()) {
			this.jdbc
				.sql("INSERT INTO administrative_unit (code, name, level, parent_code, valid_from, valid_to)"
						+ " VALUES (:code, :name, :level, :parent, :from, :to)")
				.param("code", unit.code().value())
				.param("name", unit.name())
				.param("level", unit.level().name())
				.param("parent", unit.parent() == null ? null : unit.parent().value())
				.param("from", unit.validFrom())
				.param("to", unit.validTo())
				.update();
		}
		for (AdministrativeUnit unit : changes.created()) {
			update(unit);
		}
		for (AdministrativeUnit unit : changes.changed()) {
			update(unit);
		}
		for (UnitLineage link : changes.lineage()) {
			this.jdbc
				.sql("INSERT INTO unit_lineage (predecessor_code, successor_code, kind, effective_on)"
						+ " VALUES (:p, :s, :kind, :on)")
				.param("p", link.predecessor().value())
				.param("s", link.successor().value())
				.param("kind", link.kind().name())
				.param("on", link.on())
				.update();
		}
	}

	private void update(AdministrativeUnit unit) {
		this.jdbc
			.sql("UPDATE administrative_unit SET name = :name, valid_to = :to, successor_code = :successor"
					+ " WHERE code = :code")
			.param("code", unit.code().value())
			.param("name", unit.name())
			.param("to", unit.validTo())
			.param("successor", unit.successor() == null ? null : unit.successor().value())
			.update();
	}

	private static AdministrativeUnit unit(ResultSet rs, int row) throws SQLException {
		String parent = rs.getString("parent_code");
		String successor = rs.getString("successor_code");
		return new AdministrativeUnit(UnitCode.of(rs.getString("code")), rs.getString("name"),
				Level.valueOf(rs.getString("level")), parent == null ? null : UnitCode.of(parent),
				rs.getDate("valid_from").toLocalDate(), date(rs.getDate("valid_to")),
				successor == null ? null : UnitCode.of(successor));
	}

	static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
