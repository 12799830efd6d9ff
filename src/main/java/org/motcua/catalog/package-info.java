/**
 * The catalog of administrative procedures: versions, required documents, result types,
 * fees, time limits, online levels and processing plans; the public catalog and its
 * administration.
 *
 * <p>
 * Depends on {@code shared}, {@code platform}, {@code organization}, {@code calendar} and
 * {@code document}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "platform", "organization", "calendar", "document" })
package org.motcua.catalog;
