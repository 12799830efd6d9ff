/**
 * Files stored once by their SHA-256, behind a storage interface (the filesystem under
 * the data directory by default).
 *
 * <p>
 * Depends on {@code shared} and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
package org.motcua.document;
