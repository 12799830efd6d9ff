/**
 * Administrative units as an effective-dated tree (provinces, districts until 2025-07-01,
 * communes), with codes never reused and the links of merges and splits; agencies with
 * their codes, levels and the unit they serve, and their departments.
 *
 * <p>
 * Depends on {@code shared} and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
package org.motcua.organization;
