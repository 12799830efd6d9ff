/**
 * The append-only audit trail: who did what to which record, when and from where, and who
 * read personal data. Entries are chained by hash after commit, so any edit or deletion
 * is found by a verification.
 *
 * <p>
 * Depends on {@code shared}, {@code platform}, {@code organization} and {@code account}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "platform", "organization", "account" })
package org.motcua.audit;
