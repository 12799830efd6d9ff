/**
 * Accounts of staff and citizens and how they log in: roles scoped to an agency (and
 * department), BCrypt passwords, lock-out after repeated failures counted in the
 * database, API keys (stored hashed) for the bearer scheme of the HTTP API, OpenID
 * Connect login for citizens and JWT bearer tokens for staff when configured, and the
 * desk duty roster.
 *
 * <p>
 * Owns the security configuration of the whole application: pages use sessions (kept in
 * the database) and CSRF; {@code /api/**} is stateless and answers 401 and 403 as
 * problems. Other modules read staff and duty rosters through {@link StaffDirectory}.
 * Publishes (all {@link org.motcua.shared.Audited}): {@link StaffAccountCreated},
 * {@link AccountChanged}, {@link PasswordReset}, {@link AccountUnlocked},
 * {@link ApiKeyIssued}, {@link ApiKeyRevoked}, {@link LoginSucceeded},
 * {@link LoginFailed}, {@link AccountLocked}, {@link CitizenRegistered},
 * {@link DutyAssigned}, {@link DutyRemoved}. Listens to nothing. Depends on
 * {@code shared}, {@code platform} and {@code organization} (the agencies and departments
 * accounts are scoped to).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "organization" })
package org.motcua.account;
