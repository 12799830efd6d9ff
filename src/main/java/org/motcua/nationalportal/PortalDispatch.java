package org.motcua.nationalportal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox to the portal, on one instance at a time. A pass sends each dossier's
 * messages in their order, a later one only once every earlier one is sent; a failure
 * waits the configured backoff, doubled after each attempt, and the message is
 * dead-lettered after {@code motcua.nationalportal.max-attempts}, holding its dossier's
 * later messages back until an administrator resends it. A pass ends early when the
 * portal cannot be reached. Nothing it meets escapes as an exception.
 */
@Service
public class PortalDispatch {

	static final String CHANNEL = "dispatch";

	private static final Logger log = LoggerFactory.getLogger(PortalDispatch.class);

	private final PortalOutbox outbox;

	private final PortalFigures figures;

	private final NationalPortal portal;

	private final NationalPortalProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	PortalDispatch(PortalOutbox outbox, PortalFigures figures, NationalPortal portal,
			NationalPortalProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.figures = figures;
		this.portal = portal;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Runs one dispatch pass now; empty when another instance holds the lock. */
	@SchedulerLock(name = "national-portal-dispatch")
	public DispatchReport dispatch() {
		return pass(this.clock.instant());
	}

	/** Runs one dispatch pass as if it were {@code now} (tests move time this way). */
	@SchedulerLock(name = "national-portal-dispatch")
	public DispatchReport dispatchAt(Instant now) {
		return pass(now);
	}

	private DispatchReport pass(Instant now) {
		int budget = this.properties.batchSize();
		int sent = 0;
		int failed = 0;
		int dead = 0;
		String down = null;
		while (budget > 0 && down == null) {
			List<OutboxMessage> heads = this.outbox.due(now, budget);
			if (heads.isEmpty()) {
				break;
			}
			int progress = 0;
			for (OutboxMessage message : heads) {
				budget--;
				String error = null;
				boolean unavailable = false;
				try {
					this.portal.send(message.outbound());
				}
				catch (PortalFailure ex) {
					error = ex.getMessage();
					unavailable = ex.isUnavailable();
				}
				catch (RuntimeException ex) {
					error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				}
				if (error == null) {
					this.transaction.executeWithoutResult(status -> {
						this.outbox.sent(message.id(), now);
						this.figures.delivered(message.dossierCode(), message.nationalStatus(), now);
					});
					sent++;
					progress++;
					continue;
				}
				int attempts = message.attempts() + 1;
				if (attempts >= this.properties.maxAttempts()) {
					this.outbox.failed(message.id(), OutboxStatus.DEAD, now, now, error);
					dead++;
					log.warn("Portal message {} of {} dead-lettered after {} attempts: {}", message.messageId(),
							message.dossierCode(), attempts, error);
				}
				else {
					this.outbox.failed(message.id(), OutboxStatus.FAILED, now,
							now.plus(this.properties.backoffAfter(attempts)), error);
					failed++;
				}
				if (unavailable) {
					down = error;
					break;
				}
			}
			if (progress == 0) {
				break;
			}
		}
		if (down != null) {
			this.figures.failure(CHANNEL, now, down);
		}
		else if (sent > 0) {
			this.figures.success(CHANNEL, now);
		}
		if (failed + dead > 0 && down == null) {
			this.figures.failure(CHANNEL, now, failed + dead + " message(s) refused or unreadable");
		}
		return new DispatchReport(sent, failed, dead, down != null);
	}

	/** What a pass did: messages sent, failed (to retry), dead-lettered; portal down. */
	public record DispatchReport(int sent, int failed, int dead, boolean portalDown) {

	}

}
