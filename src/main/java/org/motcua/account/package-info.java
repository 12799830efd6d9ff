/**
 * Accounts of staff and citizens and how they log in: roles scoped to an agency (and
 * department), BCrypt passwords, lock-out after repeated failures counted in the
 * database, API keys (stored hashed) for the bearer scheme of the HTTP API, OpenID
 * Connect login for citizens when configured, and the desk duty roster.
 *
 * <p>
 * Owns the security configuration of the whole application: pages use sessions (kept in
 * the database) and CSRF; {@code /api/**} is stateless and answers 401 and 403 as
 * problems. Depends on {@code shared}, {@code platform} and {@code organization}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "organization" })
package org.motcua.account;
