/**
 * The technical ground every module stands on: configuration of the installation (data
 * directory, demo mode), errors as RFC 9457 problems in the user's language, locale
 * choice, the common page layout and home page, scheduled jobs under a database lock,
 * resubmission of incomplete event publications, and backup and restore of an embedded
 * installation.
 *
 * <p>
 * Publishes no events and listens to none. Depends on {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.motcua.platform;
