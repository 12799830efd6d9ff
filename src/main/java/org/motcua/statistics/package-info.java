/**
 * The figures a province is judged by: a read model of its own ({@code stat_dossier}, one
 * row per dossier, and {@code stat_daily}, daily roll-ups per agency and procedure), fed
 * by every {@code DossierEvent} idempotently and rebuilt from the dossiers on demand; the
 * indicators of {@code GET /api/v1/statistics/indicators}, cut by the administrative tree
 * of any date; the flow view of the periodic report; the parts of the 766 index the
 * system's data can compute; dashboards, reports and exports for leaders and statistics
 * viewers; a data generator for measurements.
 *
 * <p>
 * Its face is the {@link org.motcua.statistics.Statistics} facade (public figures for the
 * portal). Listens to every {@code DossierEvent}; publishes nothing.
 *
 * <p>
 * Depends on {@code shared}, {@code platform}, {@code organization} (agencies, the unit
 * tree and its successor map), {@code catalog} (field, online level and result types of a
 * procedure version), {@code dossier} (its events and the {@code DossierWork} reads) and
 * {@code nationalportal} (its {@code PortalSync} facade: which dossiers were
 * synchronised, for the 766 index).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "platform", "organization", "catalog", "dossier", "nationalportal" })
package org.motcua.statistics;
