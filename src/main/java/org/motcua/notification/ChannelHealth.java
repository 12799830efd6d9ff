package org.motcua.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.motcua.platform.ConnectionHealth;
import org.motcua.platform.ConnectionHealth.Health;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each channel's health ({@code notification_health}): last success, last failure and its
 * error, failures in a row.
 */
@Repository
class ChannelHealth {

	private final ConnectionHealth health;

	ChannelHealth(JdbcClient jdbc) {
		this.health = new ConnectionHealth(jdbc, "notification_health");
	}

	void success(MessageChannel channel, Instant at) {
		this.health.success(channel.name(), at);
	}

	void failure(MessageChannel channel, Instant at, String error) {
		this.health.failure(channel.name(), at, error);
	}

	/** The health of the channels that leave the system (email, SMS, Zalo). */
	List<Health> all() {
		return Arrays.stream(MessageChannel.values()).filter(c -> c != MessageChannel.INBOX).map(this::of).toList();
	}

	Health of(MessageChannel channel) {
		return this.health.of(channel.name());
	}

}
