package org.motcua.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
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

	/** A stored account with what login needs. */
	record Row(Actor actor, String passwordHash, boolean enabled, Instant lockedUntil, int failedLogins, String kind,
			String email, String phone) {

		boolean isLockedAt(Instant now) {
			return this.lockedUntil != null && this.lockedUntil.isAfter(now);
		}

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

	boolean existsByUsername(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM account WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	long insert(String username, String passwordHash, String displayName, String kind, AgencyCode agency,
			String department, PersonalId personalId, String email, String phone, Set<Role> roles, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO account (username, password_hash, display_name, kind, agency_code, department_code,
				                     personal_id, email, phone, created_at)
				VALUES (:username, :password, :name, :kind, :agency, :department, :personalId, :email, :phone, :now)
				""")
			.param("username", username)
			.param("password", passwordHash)
			.param("name", displayName)
			.param("kind", kind)
			.param("agency", agency == null ? null : agency.value())
			.param("department", department)
			.param("personalId", personalId == null ? null : personalId.value())
			.param("email", email)
			.param("phone", phone)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		replaceRoles(id, roles);
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

	/**
	 * Counts a failed login; locks the account until {@code lockUntil} once it reaches
	 * the limit.
	 */
	void recordFailedLogin(String username, int limit, Instant lockUntil) {
		this.jdbc.sql("""
				UPDATE account SET failed_logins = failed_logins + 1,
				  locked_until = CASE WHEN failed_logins + 1 >= :limit THEN :lockUntil ELSE locked_until END
				WHERE username = :username
				""")
			.param("username", username)
			.param("limit", limit)
			.param("lockUntil", OffsetDateTime.ofInstant(lockUntil, ZoneOffset.UTC))
			.update();
	}

	void recordSuccessfulLogin(String username) {
		this.jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = :username")
			.param("username", username)
			.update();
	}

	List<Row> findAll(AgencyCode agency) {
		String where = agency == null ? "" : " WHERE agency_code = :agency";
		var spec = this.jdbc.sql("SELECT * FROM account" + where + " ORDER BY kind DESC, agency_code, username");
		if (agency != null) {
			spec = spec.param("agency", agency.value());
		}
		return spec.query(this::row).list().stream().map(this::withRoles).toList();
	}

	private Row withRoles(Row row) {
		List<String> names = this.jdbc.sql("SELECT role FROM account_role WHERE account_id = :id")
			.param("id", row.actor().accountId())
			.query(String.class)
			.list();
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		names.forEach(name -> roles.add(Role.valueOf(name)));
		Actor a = row.actor();
		Actor actor = new Actor(a.accountId(), a.username(), a.displayName(), roles, a.agency(), a.department(),
				a.personalId());
		return new Row(actor, row.passwordHash(), row.enabled(), row.lockedUntil(), row.failedLogins(), row.kind(),
				row.email(), row.phone());
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		String agency = rs.getString("agency_code");
		String personalId = rs.getString("personal_id");
		OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
		Actor actor = new Actor(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), Set.of(),
				agency == null ? null : AgencyCode.of(agency), rs.getString("department_code"),
				personalId == null ? null : PersonalId.of(personalId));
		return new Row(actor, rs.getString("password_hash"), rs.getBoolean("enabled"),
				lockedUntil == null ? null : lockedUntil.toInstant(), rs.getInt("failed_logins"), rs.getString("kind"),
				rs.getString("email"), rs.getString("phone"));
	}

}
