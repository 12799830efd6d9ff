package org.motcua.notification;

import java.time.Instant;

/**
 * One logged message, as a recipient's list and the administrators' page show it.
 */
public record MessageLine(long id, String ownerId, String recipient, MessageChannel channel, MessageTemplate template,
		String dossierCode, String subject, String body, MessageStatus status, int attempts, String lastError,
		Instant createdAt, Instant sentAt, Instant nextAttemptAt) {

}
