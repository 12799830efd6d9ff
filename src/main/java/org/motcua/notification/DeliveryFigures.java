package org.motcua.notification;

import java.time.Instant;

/**
 * The messages to a dossier's applicant (the in-app copies not counted): recorded,
 * delivered, waiting (pending or to be retried), dead-lettered, and the last delivery.
 */
public record DeliveryFigures(String dossierCode, int messages, int delivered, int waiting, int dead,
		Instant lastDeliveredAt) {

}
