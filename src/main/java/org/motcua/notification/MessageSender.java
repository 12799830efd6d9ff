package org.motcua.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Sends the pending and failed messages that are due, on one instance at a time. A
 * failure waits the configured backoff, doubled after each attempt; after
 * {@code motcua.notification.max-attempts} the message is dead-lettered. A channel whose
 * server cannot be reached is left alone for the rest of the pass; a channel not
 * configured keeps its messages pending. Nothing it meets escapes as an exception.
 */
@Service
public class MessageSender {

	private static final Logger log = LoggerFactory.getLogger(MessageSender.class);

	private final MessageLog messages;

	private final ChannelHealth health;

	private final Map<MessageChannel, Courier> couriers = new EnumMap<>(MessageChannel.class);

	private final NotificationProperties properties;

	private final Clock clock;

	MessageSender(MessageLog messages, ChannelHealth health, List<Courier> couriers, NotificationProperties properties,
			Clock clock) {
		this.messages = messages;
		this.health = health;
		couriers.forEach(c -> this.couriers.put(c.channel(), c));
		this.properties = properties;
		this.clock = clock;
	}

	/** Runs one pass now; empty when another instance holds the lock. */
	@SchedulerLock(name = "notification-send")
	public SendReport send() {
		return pass(this.clock.instant());
	}

	/** Runs one pass as if it were {@code now} (tests move time this way). */
	@SchedulerLock(name = "notification-send")
	public SendReport sendAt(Instant now) {
		return pass(now);
	}

	private SendReport pass(Instant now) {
		Set<MessageChannel> ready = EnumSet.noneOf(MessageChannel.class);
		this.couriers.values().stream().filter(Courier::isReady).forEach(c -> ready.add(c.channel()));
		Set<MessageChannel> down = EnumSet.noneOf(MessageChannel.class);
		Set<MessageChannel> delivered = EnumSet.noneOf(MessageChannel.class);
		int sent = 0;
		int failed = 0;
		int dead = 0;
		for (Outgoing message : this.messages.due(now, ready, this.properties.batchSize())) {
			if (down.contains(message.channel())) {
				continue;
			}
			String error;
			boolean unavailable = false;
			try {
				this.couriers.get(message.channel()).deliver(message);
				this.messages.sent(message.id(), now);
				delivered.add(message.channel());
				sent++;
				continue;
			}
			catch (DeliveryFailure ex) {
				error = ex.getMessage();
				unavailable = ex.isUnavailable();
			}
			catch (RuntimeException ex) {
				error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			}
			int attempts = message.attempts() + 1;
			if (attempts >= this.properties.maxAttempts()) {
				this.messages.failed(message.id(), MessageStatus.DEAD, now, now, error);
				dead++;
				log.warn("{} message {} dead-lettered after {} attempts: {}", message.channel(), message.id(), attempts,
						error);
			}
			else {
				this.messages.failed(message.id(), MessageStatus.FAILED, now,
						now.plus(this.properties.backoffAfter(attempts)), error);
				failed++;
			}
			this.health.failure(message.channel(), now, error);
			if (unavailable) {
				down.add(message.channel());
			}
		}
		delivered.forEach(channel -> this.health.success(channel, now));
		return new SendReport(sent, failed, dead, down);
	}

	/**
	 * What a pass did: messages sent, failed (to retry), dead-lettered; channels down.
	 */
	public record SendReport(int sent, int failed, int dead, Set<MessageChannel> down) {

	}

}
