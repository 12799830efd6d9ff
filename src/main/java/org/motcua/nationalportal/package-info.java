/**
 * Synchronisation with the national public service portal (Cổng Dịch vụ công quốc gia).
 * Every dossier event is recorded in this module's own outbox ({@code portal_outbox}),
 * idempotently, in the listener's transaction; a dispatcher sends it to the portal in
 * order per dossier, with exponential backoff while the portal is down, and dead-letters
 * a message after the configured number of attempts. Dossiers filed on the portal are
 * pulled and submitted online through {@code DossierWork}; the portal's catalog can be
 * compared with this one. Behind the {@code NationalPortal} port sit an HTTP adapter and
 * a simulator that is a real HTTP server (started in demo mode and by the tests).
 *
 * <p>
 * Its face is the {@link org.motcua.nationalportal.PortalSync} facade (whether and when a
 * dossier was synchronised, for statistics). Listens to every {@code DossierEvent};
 * publishes nothing.
 *
 * <p>
 * Depends on {@code shared}, {@code platform}, {@code organization}, {@code catalog} and
 * {@code dossier}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "platform", "organization", "catalog", "dossier" })
package org.motcua.nationalportal;
