package org.motcua.account;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.PersonalId;
import org.motcua.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The accounts, as a collection over the {@code account} and {@code account_role} tables.
 */
@Repository
class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored account with what login and administration need. */
	record Row(Actor actor, String passwordHash, boolean enabled, Instant lockedUntil, int failedLogins, String kind,
			String email, String phone, LocalDate birthDate) {

		public boolean isLockedAt(Instant now) {
			return this.lockedUntil != null && this.lockedUntil.isAfter(now);
		}

		public long id() {
			return this.actor.accountId();
		}

		public boolean isStaff() {
			return "STAFF".equals(this.kind);
		}

	}

	/** A new account to store. */
	record NewAccount(String username, String passwordHash, String displayName, String kind, AgencyCode agency,
			String department, PersonalId personalId, String email, String phone, LocalDate birthDate,
			Set<Role> roles) {
	}

	Optional<Row> findByUsername(String username) {
		return this.jdbc.sql("SELECT * FROM account WHERE username = :username")
			.param("username", username)
			.query(this::row)
			.optional()
			.map(this::withRoles);
	}

	Optional<Row> findById(long id) {
		return this.jdbc.sql("SELECT * FROM account WHERE id = :id")
			.param("id", id)
			.query(this::row)
			.optional()
			.map(this::withRoles);
	}

	Optional<Row> findByPersonalId(PersonalId personalId) {
		return this.jdbc.sql("SELECT * FROM account WHERE personal_id = :pid")
			.param("pid", personalId.value())
			.query(this::row)
			.optional()
			.map(this::withRoles);
	}

	boolean existsWithRole(Role role) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account_role WHERE role = :role")
			.param("role", role.name())
			.query(Long.class)
			.single() > 0;
	}

	boolean existsByUsername(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	boolean existsByPersonalId(PersonalId personalId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account WHERE personal_id = :pid")
			.param("pid", personalId.value())
			.query(Long.class)
			.single() > 0;
	}

	long insert(String username, String passwordHash, String displayName, String kind, AgencyCode agency,
			String department, PersonalId personalId, String email, String phone, Set<Role> roles, Instant now) {
		return insert(new NewAccount(username, passwordHash, displayName, kind, agency, department, personalId, email,
				phone, null, roles), now);
	}

	long insert(NewAccount a, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO account (username, password_hash, display_name, kind, agency_code, department_code,
				                     personal_id, email, phone, birth_date, created_at)
				VALUES (:username, :password, :name, :kind, :agency, :department, :personalId, :email, :phone,
				        :birthDate, :now)
				""")
			.param("username", a.username())
			.param("password", a.passwordHash())
			.param("name", a.displayName())
			.param("kind", a.kind())
			.param("agency", a.agency() == null ? null : a.agency().value())
			.param("department", a.department())
			.param("personalId", a.personalId() == null ? null : a.personalId().value())
			.param("email", a.email())
			.param("phone", a.phone())
			.param("birthDate", a.birthDate() == null ? null : Date.valueOf(a.birthDate()))
			.param("now", utc(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		replaceRoles(id, a.roles());
		return id;
	}

	void replaceRoles(long id, Set<Role> roles) {
		this.jdbc.sql("DELETE FROM account_role WHERE account_id = :id").param("id", id).update();
		for (Role role : roles) {
			this.jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
	}

	void change(long id, String department, boolean enabled) {
		this.jdbc.sql("UPDATE account SET department_code = :department, enabled = :enabled WHERE id = :id")
			.param("department", department)
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	void changeContact(long id, String email, String phone) {
		this.jdbc.sql("UPDATE account SET email = :email, phone = :phone WHERE id = :id")
			.param("email", email)
			.param("phone", phone)
			.param("id", id)
			.update();
	}

	void changePassword(long id, String passwordHash) {
		this.jdbc.sql("UPDATE account SET password_hash = :hash WHERE id = :id")
			.param("hash", passwordHash)
			.param("id", id)
			.update();
	}

	void unlock(long id) {
		this.jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = :id")
			.param("id", id)
			.update();
	}

	/**
	 * Counts a failed login in one atomic update, so that every instance sees the same
	 * count; locks the account until {@code lockUntil} once it reaches the limit. A lock
	 * that has expired starts the count again. Answers the count after this failure.
	 */
	Optional<Integer> recordFailedLogin(String username, int limit, Instant now, Instant lockUntil) {
		int updated = this.jdbc.sql("""
				UPDATE account SET
				  failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN 1
				                       ELSE failed_logins + 1 END,
				  locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN NULL
				                      WHEN failed_logins + 1 >= :limit THEN :lockUntil
				                      ELSE locked_until END
				WHERE username = :username
				""")
			.param("username", username)
			.param("limit", limit)
			.param("now", utc(now))
			.param("lockUntil", utc(lockUntil))
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT failed_logins FROM account WHERE username = :username")
			.param("username", username)
			.query(Integer.class)
			.optional();
	}

	void recordSuccessfulLogin(String username) {
		this.jdbc
			.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = :username"
					+ " AND (failed_logins <> 0 OR locked_until IS NOT NULL)")
			.param("username", username)
			.update();
	}

	List<Row> findAll(AgencyCode agency) {
		return findPage(agency, 0, Integer.MAX_VALUE);
	}

	/** One page of accounts, of one agency or (with {@code null}) of all. */
	List<Row> findPage(AgencyCode agency, int offset, int limit) {
		String where = agency == null ? "" : " WHERE agency_code = :agency";
		var spec = this.jdbc
			.sql("SELECT * FROM account" + where
					+ " ORDER BY kind DESC, agency_code, username LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset);
		if (agency != null) {
			spec = spec.param("agency", agency.value());
		}
		return withRoles(spec.query(this::row).list());
	}

	long count(AgencyCode agency) {
		String where = agency == null ? "" : " WHERE agency_code = :agency";
		var spec = this.jdbc.sql("SELECT COUNT(*) FROM account" + where);
		if (agency != null) {
			spec = spec.param("agency", agency.value());
		}
		return spec.query(Long.class).single();
	}

	/** The enabled staff of an agency who hold a role. */
	List<Row> findStaff(AgencyCode agency, Role role) {
		return withRoles(this.jdbc.sql("""
				SELECT a.* FROM account a
				WHERE a.agency_code = :agency AND a.kind = 'STAFF' AND a.enabled
				  AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = :role)
				ORDER BY a.display_name, a.username
				""").param("agency", agency.value()).param("role", role.name()).query(this::row).list());
	}

	private Row withRoles(Row row) {
		return withRoles(List.of(row)).get(0);
	}

	/** The rows with their roles, read in one query for the whole list. */
	private List<Row> withRoles(List<Row> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, EnumSet<Role>> roles = new HashMap<>();
		rows.forEach(row -> roles.put(row.actor().accountId(), EnumSet.noneOf(Role.class)));
		this.jdbc.sql("SELECT account_id, role FROM account_role WHERE account_id IN (:ids)")
			.param("ids", List.copyOf(roles.keySet()))
			.query((rs, n) -> roles.get(rs.getLong("account_id")).add(Role.valueOf(rs.getString("role"))))
			.list();
		return rows.stream().map(row -> withRoles(row, roles.get(row.actor().accountId()))).toList();
	}

	private static Row withRoles(Row row, EnumSet<Role> roles) {
		Actor a = row.actor();
		Actor actor = new Actor(a.accountId(), a.username(), a.displayName(), roles, a.agency(), a.department(),
				a.personalId());
		return new Row(actor, row.passwordHash(), row.enabled(), row.lockedUntil(), row.failedLogins(), row.kind(),
				row.email(), row.phone(), row.birthDate());
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		String agency = rs.getString("agency_code");
		String personalId = rs.getString("personal_id");
		OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
		Date birthDate = rs.getDate("birth_date");
		Actor actor = new Actor(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), Set.of(),
				agency == null ? null : AgencyCode.of(agency), rs.getString("department_code"),
				personalId == null ? null : PersonalId.of(personalId));
		return new Row(actor, rs.getString("password_hash"), rs.getBoolean("enabled"),
				lockedUntil == null ? null : lockedUntil.toInstant(), rs.getInt("failed_logins"), rs.getString("kind"),
				rs.getString("email"), rs.getString("phone"), birthDate == null ? null : birthDate.toLocalDate());
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
