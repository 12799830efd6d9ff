package org.motcua.statistics;

import org.motcua.dossier.DossierEvent;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the read model with every dossier event, durably and idempotently, from the facts
 * the event carries.
 */
@Component
class DossierEventCounting {

	private final ReadModel model;

	DossierEventCounting(ReadModel model) {
		this.model = model;
	}

	@ApplicationModuleListener
	void on(DossierEvent event) {
		this.model.apply(event.dossier());
	}

}
