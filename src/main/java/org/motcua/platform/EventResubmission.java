package org.motcua.platform;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Delivers again every event publication that a listener has not completed (it failed, or
 * the instance stopped) once it is older than {@code motcua.event-resubmission-age}.
 * Listeners are idempotent, so a second delivery changes nothing. Runs on one instance at
 * a time.
 */
@Component
public class EventResubmission {

	private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

	private final IncompleteEventPublications incomplete;

	private final PlatformProperties properties;

	EventResubmission(IncompleteEventPublications incomplete, PlatformProperties properties) {
		this.incomplete = incomplete;
		this.properties = properties;
	}

	/** Resubmits the incomplete publications older than the configured age. */
	@SchedulerLock(name = "event-resubmission")
	public void resubmit() {
		log.debug("Resubmitting event publications incomplete for more than {}",
				this.properties.eventResubmissionAge());
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.properties.eventResubmissionAge());
	}

}
