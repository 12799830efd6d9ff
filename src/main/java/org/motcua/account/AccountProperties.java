package org.motcua.account;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How logins are guarded.
 *
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockDuration how long a locked account stays locked
 */
@Validated
@ConfigurationProperties("motcua.account")
public record AccountProperties(@Min(1) @DefaultValue("5") int maxFailedLogins,
		@NotNull @DefaultValue("PT15M") Duration lockDuration) {

}
