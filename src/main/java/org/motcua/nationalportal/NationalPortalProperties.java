package org.motcua.nationalportal;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.motcua.platform.Backoff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The connection to the national portal ({@code motcua.nationalportal.*}).
 *
 * @param endpoint the portal's base URL; empty: the simulator's when it runs, else
 * synchronisation waits (messages stay pending)
 * @param username the province's account on the portal
 * @param password its password
 * @param simulator start the simulator; empty: in demo mode only
 * @param simulatorPort the simulator's local port, 0 for any free one
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param maxAttempts attempts before a message is dead-lettered
 * @param initialBackoff the wait after the first failure, doubled after each next one
 * @param maxBackoff the longest wait between attempts
 * @param batchSize messages sent in one dispatch pass at most
 * @param dispatchInterval how often the dispatcher runs
 * @param inboundInterval how often new dossiers are pulled from the portal
 */
@Validated
@ConfigurationProperties("motcua.nationalportal")
public record NationalPortalProperties(URI endpoint, @NotNull @DefaultValue("motcua") String username,
		@NotNull @DefaultValue("motcua") String password, Boolean simulator,
		@Min(0) @Max(65535) @DefaultValue("0") int simulatorPort,
		@NotNull @DefaultValue("PT5S") Duration connectTimeout, @NotNull @DefaultValue("PT15S") Duration readTimeout,
		@Min(1) @DefaultValue("10") int maxAttempts, @NotNull @DefaultValue("PT30S") Duration initialBackoff,
		@NotNull @DefaultValue("PT1H") Duration maxBackoff, @Min(1) @DefaultValue("2000") int batchSize,
		@NotNull @DefaultValue("PT30S") Duration dispatchInterval,
		@NotNull @DefaultValue("PT5M") Duration inboundInterval) {

	/** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
	Duration backoffAfter(int attempts) {
		return new Backoff(this.initialBackoff, this.maxBackoff).after(attempts);
	}

}
