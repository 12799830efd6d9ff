package org.motcua.dossier;

import java.time.Instant;

/** The applicant must pay fees or taxes (amount in VND); the clock stands still. */
public record PaymentRequested(DossierFacts dossier, String by, Instant at, java.math.BigDecimal amount,
		String note) implements DossierEvent {

}
