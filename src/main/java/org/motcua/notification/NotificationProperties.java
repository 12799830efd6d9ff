package org.motcua.notification;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.motcua.platform.Backoff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Messages and their channels ({@code motcua.notification.*}). Email goes through the
 * SMTP server of {@code spring.mail.*} (none configured: emails wait, pending).
 *
 * @param mailFrom the sender address of emails
 * @param sms the SMS gateway
 * @param zalo the Zalo official-account gateway
 * @param simulator start the gateways' simulator; empty: in demo mode only
 * @param simulatorPort the simulator's local port, 0 for any free one
 * @param connectTimeout how long to wait for a gateway's connection
 * @param readTimeout how long to wait for a gateway's answer
 * @param maxAttempts attempts before a message is dead-lettered
 * @param initialBackoff the wait after the first failure, doubled after each next one
 * @param maxBackoff the longest wait between attempts
 * @param batchSize messages sent in one pass at most
 * @param sendInterval how often the sender runs
 * @param reminderInterval how often officers' due steps are looked at
 * @param digestCron when the officers' daily digest is made (cron, in the zone)
 */
@Validated
@ConfigurationProperties("motcua.notification")
public record NotificationProperties(@NotNull @DefaultValue("motcua@localhost") String mailFrom,
		@Valid @DefaultValue Gateway sms, @Valid @DefaultValue Gateway zalo, Boolean simulator,
		@Min(0) @Max(65535) @DefaultValue("0") int simulatorPort,
		@NotNull @DefaultValue("PT3S") Duration connectTimeout, @NotNull @DefaultValue("PT10S") Duration readTimeout,
		@Min(1) @DefaultValue("6") int maxAttempts, @NotNull @DefaultValue("PT1M") Duration initialBackoff,
		@NotNull @DefaultValue("PT2H") Duration maxBackoff, @Min(1) @DefaultValue("500") int batchSize,
		@NotNull @DefaultValue("PT30S") Duration sendInterval, @NotNull @DefaultValue("PT1H") Duration reminderInterval,
		@NotNull @DefaultValue("0 30 7 * * MON-SAT") String digestCron) {

	/** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
	Duration backoffAfter(int attempts) {
		return new Backoff(this.initialBackoff, this.maxBackoff).after(attempts);
	}

	/**
	 * An HTTP gateway (SMS brandname provider, Zalo official account).
	 *
	 * @param endpoint its base URL; empty: the simulator's when it runs, else messages
	 * wait, pending
	 * @param apiKey the key sent as a bearer token
	 * @param sender the brandname or the official account's ID
	 */
	public record Gateway(URI endpoint, @NotNull @DefaultValue("demo-gateway-key") String apiKey,
			@NotNull @DefaultValue("MOTCUA") String sender) {

	}

}
