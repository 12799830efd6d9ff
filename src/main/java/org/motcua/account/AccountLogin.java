package org.motcua.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.motcua.shared.Actor;
import org.motcua.shared.Origin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for login and counts failures in the database: after
 * {@code motcua.account.max-failed-logins} wrong passwords in a row the account is locked
 * for {@code motcua.account.lock-duration}, on every instance at once (the count is kept
 * by one atomic update), and {@link AccountLocked} is published. A successful login
 * resets the count. Every login and failed attempt is published ({@link LoginSucceeded},
 * {@link LoginFailed}).
 */
@Service
class AccountLogin implements UserDetailsService {

	private final Accounts accounts;

	private final AccountProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountLogin(Accounts accounts, AccountProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return findPrincipal(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}

	Optional<Principal> findPrincipal(String username) {
		return this.accounts.findByUsername(username).map(this::principal);
	}

	Optional<Principal> findPrincipal(long accountId) {
		return this.accounts.findById(accountId).map(this::principal);
	}

	private Principal principal(Accounts.Row row) {
		return new Principal(row.actor(), row.passwordHash(), row.enabled(), row.isLockedAt(this.clock.instant()));
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent event) {
		// only password logins: a bearer token's "principal" is the token itself, a
		// secret
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)
				|| !(event.getAuthentication().getPrincipal() instanceof String username)) {
			return;
		}
		Origin origin = originOf(username);
		this.events.publishEvent(new LoginFailed(username, event.getException().getClass().getSimpleName(), origin));
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			Instant now = this.clock.instant();
			Instant lockUntil = now.plus(this.properties.lockDuration());
			Optional<Integer> count = this.accounts.recordFailedLogin(username, this.properties.maxFailedLogins(), now,
					lockUntil);
			if (count.isPresent() && count.get() == this.properties.maxFailedLogins()) {
				this.accounts.findByUsername(username)
					.ifPresent(
							row -> this.events.publishEvent(new AccountLocked(row.id(), username, lockUntil, origin)));
			}
		}
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof StaffJwtAuthentication) {
			return;
		}
		if (event.getAuthentication().getPrincipal() instanceof Principal principal) {
			this.accounts.recordSuccessfulLogin(principal.getUsername());
		}
		if (event.getAuthentication().getPrincipal() instanceof Actor.Bearer bearer) {
			Actor actor = bearer.actor();
			this.events
				.publishEvent(new LoginSucceeded(actor.accountId(), actor.username(), originOf(actor.username())));
		}
	}

	private Origin originOf(String username) {
		return new Origin(username, Origin.current(this.clock).address(), this.clock.instant());
	}

}
