package org.motcua.nationalportal;

import java.time.Clock;
import java.util.UUID;

import org.motcua.dossier.DossierEvent;
import org.motcua.dossier.DossierReceived;
import org.motcua.dossier.DossierSubmitted;
import org.motcua.dossier.HandedOver;
import org.motcua.dossier.Rejected;
import org.motcua.dossier.ReturnedToPreviousStep;
import org.motcua.dossier.StepAssigned;
import org.motcua.dossier.SupplementRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every dossier event in the outbox, in the transaction of its delivery. An event
 * is known by its type, dossier, instant, author and what distinguishes two events of one
 * kind (the step, the round): a redelivered event adds nothing. A dossier without a code
 * (a draft) is not the portal's business.
 */
@Component
class DossierEventRecording {

	private final PortalOutbox outbox;

	private final MessagePayloads payloads;

	private final Clock clock;

	DossierEventRecording(PortalOutbox outbox, MessagePayloads payloads, Clock clock) {
		this.outbox = outbox;
		this.payloads = payloads;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DossierEvent event) {
		record(event);
	}

	/** Records the event unless it is recorded already; whether it was added. */
	@Transactional
	boolean record(DossierEvent event) {
		String code = event.dossier().code();
		if (code == null || event.dossier().status().nationalCode() == null) {
			return false;
		}
		String payload = HttpNationalPortal.JSON.writeValueAsString(this.payloads.build(event));
		return this.outbox.add(UUID.randomUUID().toString(), key(event), code, event.at(),
				event.getClass().getSimpleName(), rank(event), MessagePayloads.kindOf(event),
				MessagePayloads.nationalStatus(event), payload, this.clock.instant());
	}

	static String key(DossierEvent event) {
		String detail = "";
		if (event instanceof HandedOver h) {
			detail = h.fromStep() + ">" + h.toStep();
		}
		else if (event instanceof ReturnedToPreviousStep r) {
			detail = r.fromStep() + "<" + r.toStep();
		}
		else if (event instanceof StepAssigned s) {
			detail = s.step() + ":" + s.assignee();
		}
		else if (event instanceof SupplementRequested s) {
			detail = String.valueOf(s.round());
		}
		String key = event.getClass().getSimpleName() + "|" + event.dossier().code() + "|" + event.at() + "|"
				+ event.by() + "|" + event.dossier().status() + "|" + detail;
		return key.length() > 300 ? key.substring(0, 300) : key;
	}

	/** Of events at one instant, the one the lifecycle puts first is sent first. */
	static int rank(DossierEvent event) {
		if (event instanceof DossierSubmitted) {
			return 0;
		}
		if (event instanceof DossierReceived || event instanceof Rejected) {
			return 1;
		}
		return 2;
	}

}
