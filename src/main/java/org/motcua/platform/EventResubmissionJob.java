package org.motcua.platform;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Triggers {@link EventResubmission} every {@code motcua.event-resubmission-interval}.
 */
@Component
@WhenSchedulesRun
class EventResubmissionJob {

	private final EventResubmission resubmission;

	EventResubmissionJob(EventResubmission resubmission) {
		this.resubmission = resubmission;
	}

	@Scheduled(fixedDelayString = "${motcua.event-resubmission-interval:PT1M}",
			initialDelayString = "${motcua.event-resubmission-interval:PT1M}")
	void resubmit() {
		this.resubmission.resubmit();
	}

}
