package org.motcua.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs once, when the application is ready, what it runs on: version, data directory,
 * database and demo mode. The first line to read when something looks wrong.
 */
@Component
class StartupSummary {

	private static final Logger log = LoggerFactory.getLogger(StartupSummary.class);

	private final Installation installation;

	StartupSummary(Installation installation) {
		this.installation = installation;
	}

	@EventListener(ApplicationReadyEvent.class)
	void log() {
		Installation.Database database = this.installation.database();
		log.info("motcua {} ready: data directory {}, database {} {} ({}), demo mode {}", this.installation.version(),
				this.installation.dataDir(), database.product(), database.version(), database.kind(),
				this.installation.isDemo() ? "on" : "off");
	}

}
