/**
 * The public site of the citizen: online filing as a wizard that works without JavaScript
 * (drafts saved in its own tables, resumable), my dossiers (timeline, forms, supplements
 * answered online, withdrawal, the signed result, the rating), my papers (the warehouse,
 * share links, who read my data) and the public pages (home, status lookup, links to the
 * catalog and to verification), my messages (read and the channels chosen through the
 * notification module's {@code Notifications} facade, the owner being the citizen's
 * personal ID).
 *
 * <p>
 * Submits through the dossier module's {@code DossierWork.submitOnline} and acts on a
 * citizen's own dossiers through {@code DossierWork.act}; a citizen sees a dossier only
 * when they are its applicant or representative (or represent the organisation that is
 * its applicant). Public lookups are rate-limited by counters in the database
 * ({@code portal_lookup_count}), so the limit holds across instances. Publishes nothing;
 * listens to nothing. The last module: depends on those it shows.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "organization",
		"calendar", "account", "audit", "document", "catalog", "signature", "population", "warehouse", "dossier",
		"dossier::forms", "notification", "statistics" })
package org.motcua.portal;
