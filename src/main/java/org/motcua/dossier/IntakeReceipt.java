package org.motcua.dossier;

import java.time.Instant;

/** The answer to an intake: the dossier's code, its status and its due instant. */
public record IntakeReceipt(String code, DossierStatus status, Instant dueAt) {

}
