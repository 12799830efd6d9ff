package org.motcua.nationalportal;

import java.time.Instant;

/** A row of the outbox, as the dispatcher and the administrators' page see it. */
record OutboxMessage(long id, String messageId, String dossierCode, int sequence, Instant occurredAt, String eventType,
		MessageKind kind, Integer nationalStatus, String payload, OutboxStatus status, int attempts,
		Instant nextAttemptAt, Instant lastAttemptAt, Instant sentAt, String lastError) {

	OutboundMessage outbound() {
		return new OutboundMessage(this.messageId, this.kind, this.dossierCode, this.sequence, this.payload);
	}

}
