/**
 * The catalog of administrative procedures: versions, required documents, result types,
 * fees, time limits, online levels and processing plans; the public catalog and its
 * administration.
 *
 * <p>
 * Its face is the {@link org.motcua.catalog.Catalog} facade (published procedures, any
 * version by code and number, search) and the records it answers. It publishes
 * {@code ProcedureDrafted}, {@code ProcedurePublished}, {@code ProcedureWithdrawn} and
 * {@code CatalogImported} (all audited) and listens to nothing. Inside:
 * {@code administration} (drafting, publishing, imports), {@code persistence} (the
 * tables), {@code transfer} (the exchange format, JSON and Excel, docs/catalog-format.md)
 * and {@code web} (the public and administration pages and the API).
 *
 * <p>
 * Depends on {@code shared}, {@code platform}, {@code organization}, {@code calendar} and
 * {@code document}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "platform", "organization", "calendar", "document" })
package org.motcua.catalog;
