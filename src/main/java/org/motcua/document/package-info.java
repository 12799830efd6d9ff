/**
 * Files stored once by the SHA-256 of their bytes, behind a storage interface (the
 * filesystem under the data directory by default), with a record of each stored file
 * ({@code stored_file}). {@link org.motcua.document.Documents} is the facade.
 *
 * <p>
 * Publishes no events and listens to none. Depends on {@code shared} and
 * {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
package org.motcua.document;
