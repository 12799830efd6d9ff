package org.motcua.audit;

import java.time.Instant;

/**
 * One entry of the audit trail: {@code username} did {@code action} to the record
 * {@code subjectType}/{@code subjectId} at {@code occurredAt} from {@code address}.
 * {@code purpose} says why personal data was read. The chain fields are {@code null}
 * until the sealing job chains the entry.
 */
public record Entry(long id, Instant occurredAt, Instant recordedAt, String username, String address, String action,
		String subjectType, String subjectId, String summary, String purpose, Long chainPosition, String previousHash,
		String hash) {

	public boolean isSealed() {
		return this.chainPosition != null;
	}

}
