package org.motcua.dossier;

import java.time.Instant;

/** The payment arrived; the due instant moved by the time waited. */
public record PaymentConfirmed(DossierFacts dossier, String by, Instant at, String reference,
		Instant previousDueAt) implements DossierEvent {

}
