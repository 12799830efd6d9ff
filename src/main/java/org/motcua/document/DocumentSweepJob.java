package org.motcua.document;

import org.motcua.platform.WhenSchedulesRun;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Triggers {@link DocumentSweep} every {@code motcua.document.sweep-interval}. */
@Component
@WhenSchedulesRun
class DocumentSweepJob {

	private final DocumentSweep sweep;

	DocumentSweepJob(DocumentSweep sweep) {
		this.sweep = sweep;
	}

	@Scheduled(fixedDelayString = "${motcua.document.sweep-interval:PT1H}",
			initialDelayString = "${motcua.document.sweep-interval:PT1H}")
	void sweep() {
		this.sweep.sweep();
	}

}
