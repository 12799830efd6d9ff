package org.motcua.account;

import java.time.Clock;
import java.util.EnumSet;

import org.motcua.shared.AgencyCode;
import org.motcua.shared.Origin;
import org.motcua.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first province administrator of a new installation from
 * {@code motcua.account.bootstrap.*}, so that a production installation (no demo data)
 * can be administered at all. Does nothing once any province administrator exists;
 * refuses a password shorter than the configured minimum.
 */
@Component
@Order(25)
class BootstrapAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

	private final AccountProperties properties;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BootstrapAdministrator(AccountProperties properties, Accounts accounts, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock) {
		this.properties = properties;
		this.accounts = accounts;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		AccountProperties.Bootstrap bootstrap = this.properties.bootstrap();
		if (!bootstrap.isRequested() || this.accounts.existsWithRole(Role.PROVINCE_ADMIN)) {
			return;
		}
		if (bootstrap.password().length() < this.properties.minPasswordLength()) {
			throw new IllegalStateException("The bootstrap administrator's password must have at least "
					+ this.properties.minPasswordLength() + " characters");
		}
		if (this.accounts.existsByUsername(bootstrap.username())) {
			throw new IllegalStateException("The bootstrap username is taken: " + bootstrap.username());
		}
		AgencyCode agency = AgencyCode.of(bootstrap.agency());
		EnumSet<Role> roles = EnumSet.of(Role.PROVINCE_ADMIN);
		long id = this.accounts
			.insert(new Accounts.NewAccount(bootstrap.username(), this.passwords.encode(bootstrap.password()),
					bootstrap.name(), "STAFF", agency, null, null, null, null, null, roles), this.clock.instant());
		this.events.publishEvent(new StaffAccountCreated(id, bootstrap.username(), agency, null, roles,
				new Origin(Origin.SYSTEM, null, this.clock.instant())));
		log.warn("Created the first province administrator '{}'; change the password after the first login",
				bootstrap.username());
	}

}
