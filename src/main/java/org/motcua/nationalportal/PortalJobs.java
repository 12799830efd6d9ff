package org.motcua.nationalportal;

import org.motcua.platform.WhenSchedulesRun;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Triggers the dispatcher every {@code motcua.nationalportal.dispatch-interval} and the
 * intake of dossiers filed on the portal every
 * {@code motcua.nationalportal.inbound-interval}.
 */
@Component
@WhenSchedulesRun
class PortalJobs {

	private final PortalDispatch dispatch;

	private final PortalIntake intake;

	PortalJobs(PortalDispatch dispatch, PortalIntake intake) {
		this.dispatch = dispatch;
		this.intake = intake;
	}

	@Scheduled(fixedDelayString = "${motcua.nationalportal.dispatch-interval:PT30S}",
			initialDelayString = "${motcua.nationalportal.dispatch-interval:PT30S}")
	void dispatch() {
		this.dispatch.dispatch();
	}

	@Scheduled(fixedDelayString = "${motcua.nationalportal.inbound-interval:PT5M}",
			initialDelayString = "${motcua.nationalportal.inbound-interval:PT5M}")
	void takeIn() {
		this.intake.takeIn();
	}

}
