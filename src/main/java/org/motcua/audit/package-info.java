/**
 * The append-only audit trail: who did what to which record, when and from where, and who
 * read personal data and why. Writers only append unsealed entries; a sealing job chains
 * committed entries by SHA-256 after commit, so any later edit or deletion is found by
 * {@link org.motcua.audit.AuditTrail#verify()}.
 *
 * <p>
 * Listens to {@link org.motcua.shared.Audited} events of every module. Publishes no
 * events. Depends on {@code shared} and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
package org.motcua.audit;
