package org.motcua.audit;

import org.motcua.shared.Audited;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records every {@link Audited} event of any module. Delivered at least once by the event
 * publication registry; recording is idempotent, so a redelivery adds nothing.
 */
@Component
class AuditedEventListener {

	private final AuditTrail trail;

	AuditedEventListener(AuditTrail trail) {
		this.trail = trail;
	}

	@ApplicationModuleListener
	void on(Audited event) {
		this.trail.record(event);
	}

}
