package org.motcua.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for login and counts failures in the database: after
 * {@code motcua.account.max-failed-logins} wrong passwords in a row the account is locked
 * for {@code motcua.account.lock-duration}, on every instance at once. A successful login
 * resets the count.
 */
@Service
class AccountLogin implements UserDetailsService {

	private final Accounts accounts;

	private final AccountProperties properties;

	private final Clock clock;

	AccountLogin(Accounts accounts, AccountProperties properties, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return findPrincipal(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}

	Optional<Principal> findPrincipal(String username) {
		Instant now = this.clock.instant();
		return this.accounts.findByUsername(username)
			.map(row -> new Principal(row.actor(), row.passwordHash(), row.enabled(), row.isLockedAt(now)));
	}

	Optional<Principal> findPrincipal(long accountId) {
		Instant now = this.clock.instant();
		return this.accounts.findById(accountId)
			.map(row -> new Principal(row.actor(), row.passwordHash(), row.enabled(), row.isLockedAt(now)));
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof String username) {
			this.accounts.recordFailedLogin(username, this.properties.maxFailedLogins(),
					this.clock.instant().plus(this.properties.lockDuration()));
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof Principal principal) {
			this.accounts.recordSuccessfulLogin(principal.getUsername());
		}
	}

}
