package org.motcua.dossier;

import java.time.Instant;

/**
 * An extension given before the due instant passed, with the apology's reason; the
 * apology form's document ID once printed. Decree 118/2025, Art. 23.
 */
public record Extension(Instant at, String by, Instant newDueAt, String reason, String apologyDocumentId) {

}
