package org.motcua.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import org.motcua.shared.Origin;
import org.motcua.shared.PersonalId;
import org.motcua.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizen accounts: registered locally (the username is the personal ID) or created at a
 * citizen's first OpenID Connect login, and the changes a person makes to their own
 * account. One account per personal ID.
 */
@Service
class Citizens {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Citizens(Accounts accounts, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/** A person who registers. */
	record Registration(String fullName, PersonalId personalId, LocalDate birthDate, String email, String phone,
			String password) {
	}

	boolean isRegistered(PersonalId personalId) {
		return this.accounts.existsByPersonalId(personalId) || this.accounts.existsByUsername(personalId.value());
	}

	/**
	 * Creates a citizen account with a local password.
	 * @throws IllegalStateException if the personal ID already has an account
	 */
	@Transactional
	long register(Registration r) {
		if (isRegistered(r.personalId())) {
			throw new IllegalStateException("Personal ID already registered");
		}
		long id = this.accounts.insert(
				new Accounts.NewAccount(r.personalId().value(), this.passwords.encode(r.password()), r.fullName(),
						"CITIZEN", null, null, r.personalId(), AccountAdministration.blankToNull(r.email()),
						AccountAdministration.blankToNull(r.phone()), r.birthDate(), EnumSet.of(Role.CITIZEN)),
				this.clock.instant());
		this.events.publishEvent(new CitizenRegistered(id, r.personalId(), r.fullName(), "LOCAL",
				new Origin(r.personalId().value(), Origin.current(this.clock).address(), this.clock.instant())));
		return id;
	}

	/**
	 * The citizen account of a personal ID, created (without a local password) if this is
	 * the person's first login through OpenID Connect.
	 */
	@Transactional
	Accounts.Row findOrCreate(PersonalId personalId, String fullName, LocalDate birthDate, String email) {
		return this.accounts.findByPersonalId(personalId).orElseGet(() -> {
			String name = (fullName == null || fullName.isBlank()) ? personalId.value() : fullName.strip();
			long id = this.accounts.insert(
					new Accounts.NewAccount(personalId.value(), null, name, "CITIZEN", null, null, personalId,
							AccountAdministration.blankToNull(email), null, birthDate, EnumSet.of(Role.CITIZEN)),
					this.clock.instant());
			this.events.publishEvent(new CitizenRegistered(id, personalId, name, "OIDC",
					new Origin(personalId.value(), Origin.current(this.clock).address(), this.clock.instant())));
			return this.accounts.findById(id).orElseThrow();
		});
	}

	@Transactional
	void changeContact(long accountId, String email, String phone) {
		this.accounts.changeContact(accountId, AccountAdministration.blankToNull(email),
				AccountAdministration.blankToNull(phone));
	}

	/** Changes one's own password; false if the current password is wrong. */
	@Transactional
	boolean changePassword(long accountId, String current, String password) {
		Accounts.Row row = this.accounts.findById(accountId).orElseThrow();
		if (row.passwordHash() != null && !this.passwords.matches(current == null ? "" : current, row.passwordHash())) {
			return false;
		}
		this.accounts.changePassword(accountId, this.passwords.encode(password));
		this.events.publishEvent(new PasswordReset(accountId, row.actor().username(), Origin.current(this.clock)));
		return true;
	}

}
