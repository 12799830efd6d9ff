package org.motcua.account;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Origin;
import org.motcua.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administers staff accounts within the actor's scope ({@link AccountScope}): creates
 * them, changes roles, department and the enabled flag, unlocks them, resets passwords,
 * issues and revokes API keys. Every change publishes its event in the same transaction.
 * An account outside the actor's scope is {@link AccountNotVisible}; a change the actor
 * may not make is an {@link AccessDeniedException}.
 */
@Service
class AccountAdministration {

	private final Accounts accounts;

	private final ApiKeys keys;

	private final PasswordEncoder passwords;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	AccountAdministration(Accounts accounts, ApiKeys keys, PasswordEncoder passwords, AgencyDirectory agencies,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.accounts = accounts;
		this.keys = keys;
		this.passwords = passwords;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/** A staff account to create. */
	record NewStaff(String username, String displayName, String email, String phone, AgencyCode agency,
			String department, Set<Role> roles, String password) {
	}

	/** One page of the accounts the actor sees. */
	record Page(List<Accounts.Row> items, long total) {
	}

	Page list(Actor actor, int page, int size) {
		requireAdministrator(actor);
		AgencyCode agency = AccountScope.visibleAgency(actor);
		int capped = Math.max(1, Math.min(size, 500));
		int offset = Math.max(0, page) * capped;
		List<Accounts.Row> rows = this.accounts.findPage(agency, offset, capped);
		recordReads(rows.stream().filter(row -> !row.isStaff()).toList(), "account list");
		return new Page(rows, this.accounts.count(agency));
	}

	/**
	 * Records each citizen's data shown to an administrator, in a transaction of its own
	 * so that it is kept even when the reading transaction is read-only or rolls back.
	 */
	private void recordReads(List<Accounts.Row> citizens, String purpose) {
		if (citizens.isEmpty()) {
			return;
		}
		Origin origin = Origin.current(this.clock);
		this.ownTransaction.executeWithoutResult(status -> citizens
			.forEach(row -> this.events.publishEvent(new PersonalDataRead(row.actor().accountId(), purpose, origin))));
	}

	/** The account, if the actor may see it. */
	Accounts.Row find(Actor actor, long id) {
		requireAdministrator(actor);
		Accounts.Row row = this.accounts.findById(id)
			.filter(found -> found.isStaff() ? AccountScope.mayManage(actor, found.actor().agency())
					: actor.has(Role.PROVINCE_ADMIN))
			.orElseThrow(() -> new AccountNotVisible(id));
		if (!row.isStaff()) {
			recordReads(List.of(row), "account page");
		}
		return row;
	}

	boolean isUsernameTaken(String username) {
		return this.accounts.existsByUsername(username);
	}

	boolean agencyExists(AgencyCode agency) {
		return this.agencies.exists(agency);
	}

	boolean departmentExists(AgencyCode agency, String department) {
		return this.agencies.hasDepartment(agency, department);
	}

	@Transactional
	long createStaff(Actor actor, NewStaff staff) {
		requireAdministrator(actor);
		if (!AccountScope.mayGrant(actor, staff.agency(), staff.roles())) {
			throw new AccessDeniedException("May not create this account");
		}
		if (this.accounts.existsByUsername(staff.username())) {
			throw new IllegalStateException("Username taken: " + staff.username());
		}
		long id = this.accounts
			.insert(new Accounts.NewAccount(staff.username(), this.passwords.encode(staff.password()),
					staff.displayName(), "STAFF", staff.agency(), blankToNull(staff.department()), null,
					blankToNull(staff.email()), blankToNull(staff.phone()), null, staff.roles()), this.clock.instant());
		this.events.publishEvent(new StaffAccountCreated(id, staff.username(), staff.agency(),
				blankToNull(staff.department()), Set.copyOf(staff.roles()), Origin.current(this.clock)));
		return id;
	}

	@Transactional
	void change(Actor actor, long id, Set<Role> roles, String department, boolean enabled) {
		Accounts.Row row = find(actor, id);
		if (!row.isStaff() || roles.isEmpty() || !AccountScope.mayGrant(actor, row.actor().agency(), roles)) {
			throw new AccessDeniedException("May not give these roles");
		}
		if (!actor.has(Role.PROVINCE_ADMIN)
				&& row.actor().roles().stream().anyMatch(AccountScope.PROVINCE_ROLES::contains)) {
			throw new AccessDeniedException("May not change an account with province-wide roles");
		}
		this.accounts.replaceRoles(id, roles);
		this.accounts.change(id, blankToNull(department), enabled);
		this.events.publishEvent(new AccountChanged(id, row.actor().username(), Set.copyOf(roles),
				blankToNull(department), enabled, Origin.current(this.clock)));
	}

	@Transactional
	void unlock(Actor actor, long id) {
		Accounts.Row row = find(actor, id);
		this.accounts.unlock(id);
		this.events.publishEvent(new AccountUnlocked(id, row.actor().username(), Origin.current(this.clock)));
	}

	@Transactional
	void resetPassword(Actor actor, long id, String password) {
		Accounts.Row row = find(actor, id);
		this.accounts.changePassword(id, this.passwords.encode(password));
		this.accounts.unlock(id);
		this.events.publishEvent(new PasswordReset(id, row.actor().username(), Origin.current(this.clock)));
	}

	List<ApiKeys.Listed> keysOf(Actor actor, long id) {
		find(actor, id);
		return this.keys.findByAccount(id);
	}

	@Transactional
	ApiKeys.Issued issueKey(Actor actor, long id, String label) {
		Accounts.Row row = find(actor, id);
		if (!row.isStaff()) {
			throw new AccessDeniedException("API keys are for staff accounts");
		}
		String name = (label == null || label.isBlank()) ? "api" : label.strip();
		ApiKeys.Issued issued = this.keys.issue(id, name);
		this.events.publishEvent(new ApiKeyIssued(id, row.actor().username(), issued.id(), issued.prefix(), name,
				Origin.current(this.clock)));
		return issued;
	}

	/** Revokes a key; answers false if the account has no such unrevoked key. */
	@Transactional
	boolean revokeKey(Actor actor, long id, long keyId) {
		Accounts.Row row = find(actor, id);
		boolean revoked = this.keys.revoke(id, keyId);
		if (revoked) {
			this.events.publishEvent(new ApiKeyRevoked(id, row.actor().username(), keyId, Origin.current(this.clock)));
		}
		return revoked;
	}

	private static void requireAdministrator(Actor actor) {
		if (!AccountScope.isAdministrator(actor)) {
			throw new AccessDeniedException("Not an administrator");
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
