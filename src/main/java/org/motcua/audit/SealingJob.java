package org.motcua.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.motcua.platform.WhenSchedulesRun;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the sealing every {@code motcua.audit.seal-interval}, on one instance at a time.
 */
@Component
@WhenSchedulesRun
class SealingJob {

	private final Sealing sealing;

	SealingJob(Sealing sealing) {
		this.sealing = sealing;
	}

	@Scheduled(fixedDelayString = "${motcua.audit.seal-interval:PT5S}",
			initialDelayString = "${motcua.audit.seal-interval:PT5S}")
	@SchedulerLock(name = "audit-seal")
	public void seal() {
		this.sealing.sealAll();
	}

}
