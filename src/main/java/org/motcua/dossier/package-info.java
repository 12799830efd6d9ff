/**
 * The core: dossiers from intake to the returned result — the lifecycle and its national
 * status codes, the statutory clock, hand-offs between steps, supplements, payments,
 * extensions, results, returns, ratings, and the printed forms.
 *
 * <p>
 * Public face: the {@code Dossier} aggregate (read-only), its identifiers and value types
 * ({@code DossierCode}, {@code DossierStatus}, {@code Outcome}…), the {@code DossierWork}
 * facade (intake, actions, reads, returning records) and the events it publishes in the
 * saving transaction, each {@code Audited}: {@code DossierSubmitted},
 * {@code DossierReceived}, {@code Rejected}, {@code HandedOver},
 * {@code ReturnedToPreviousStep}, {@code SupplementRequested},
 * {@code SupplementProvided}, {@code PaymentRequested}, {@code PaymentConfirmed},
 * {@code Extended}, {@code Stopped}, {@code Withdrawn}, {@code ResultDrafted},
 * {@code DossierFinished}, {@code ResultReturned}, {@code Rated}, {@code StepAssigned} (a
 * department head assigns the current step, or an officer claims it),
 * {@code CopyCertified}, {@code PapersDigitized} (papers of a received dossier digitized
 * and signed in one action). It reads the catalog (pinned procedure versions), the
 * organization (agencies), the working calendar (the clock) and the staff directory (who
 * may be assigned a step); it listens to its own {@code DossierFinished} to deposit the
 * signed result in the owner's warehouse.
 *
 * <p>
 * Depends on {@code shared}, {@code platform}, {@code organization}, {@code calendar},
 * {@code account}, {@code audit}, {@code document}, {@code catalog}, {@code signature}
 * (printed forms and results with the agency's or approver's key; digitized papers with
 * the officer's), {@code population} (the desk looks applicants up in the population
 * registry) and {@code warehouse} (reuse at intake, deposits of digitized papers, results
 * and certified copies, and the staff access to an owner's warehouse during a dossier of
 * that owner).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "organization",
		"calendar", "account", "audit", "document", "catalog", "signature", "population", "warehouse" })
package org.motcua.dossier;
