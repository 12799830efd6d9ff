/**
 * The core: dossiers from intake to the returned result — the lifecycle and its national
 * status codes, the statutory clock, hand-offs between steps, supplements, payments,
 * extensions, results, returns, ratings, and the printed forms.
 *
 * <p>
 * Depends on {@code shared}, {@code platform}, {@code organization}, {@code calendar},
 * {@code account}, {@code audit}, {@code document} and {@code catalog}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "organization",
		"calendar", "account", "audit", "document", "catalog" })
package org.motcua.dossier;
