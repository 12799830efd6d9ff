package org.motcua.nationalportal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table: messages recorded once per event, the next message due of each
 * dossier (no earlier one of the dossier unsent), and their attempts.
 */
@Repository
class PortalOutbox {

	private static final String COLUMNS = """
			o.id, o.message_id, o.dossier_code, o.seq, o.occurred_at, o.event_type, o.kind, o.national_status,
			o.payload, o.status, o.attempts, o.next_attempt_at, o.last_attempt_at, o.sent_at, o.last_error""";

	private final JdbcClient jdbc;

	PortalOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a message unless one exists for {@code eventKey}; whether it was added. */
	boolean add(String messageId, String eventKey, String dossierCode, Instant occurredAt, String eventType, int rank,
			MessageKind kind, Integer nationalStatus, String payload, Instant now) {
		int next = this.jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM portal_outbox WHERE dossier_code = :code")
			.param("code", dossierCode)
			.query(Integer.class)
			.single();
		return this.jdbc.sql("""
				INSERT INTO portal_outbox (message_id, event_key, dossier_code, seq, occurred_at, event_type,
				  event_rank, kind, national_status, payload, status, attempts, next_attempt_at, created_at)
				VALUES (:messageId, :key, :code, :seq, :occurredAt, :type, :rank, :kind, :status, :payload,
				  'PENDING', 0, :now, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("messageId", messageId)
			.param("key", eventKey)
			.param("code", dossierCode)
			.param("seq", next)
			.param("occurredAt", utc(occurredAt))
			.param("type", eventType)
			.param("rank", rank)
			.param("kind", kind.name())
			.param("status", nationalStatus)
			.param("payload", payload)
			.param("now", utc(now))
			.update() == 1;
	}

	/**
	 * The messages due at {@code now} that come first in their dossier's order among
	 * those not yet sent, oldest due first, at most {@code limit}.
	 */
	List<OutboxMessage> due(Instant now, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM portal_outbox o
				WHERE o.status IN ('PENDING', 'FAILED') AND o.next_attempt_at <= :now
				  AND NOT EXISTS (SELECT 1 FROM portal_outbox e
				    WHERE e.dossier_code = o.dossier_code AND e.status <> 'SENT' AND e.id <> o.id
				      AND (e.occurred_at < o.occurred_at
				        OR (e.occurred_at = o.occurred_at AND (e.event_rank < o.event_rank
				          OR (e.event_rank = o.event_rank AND e.id < o.id)))))
				ORDER BY o.next_attempt_at, o.id
				LIMIT :limit
				""").param("now", utc(now)).param("limit", limit).query(PortalOutbox::row).list();
	}

	void sent(long id, Instant now) {
		this.jdbc.sql("""
				UPDATE portal_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = :now,
				  last_attempt_at = :now, last_error = NULL
				WHERE id = :id AND status IN ('PENDING', 'FAILED')
				""").param("id", id).param("now", utc(now)).update();
	}

	void failed(long id, OutboxStatus status, Instant now, Instant next, String error) {
		this.jdbc.sql("""
				UPDATE portal_outbox SET status = :status, attempts = attempts + 1, last_attempt_at = :now,
				  next_attempt_at = :next, last_error = :error
				WHERE id = :id AND status IN ('PENDING', 'FAILED')
				""")
			.param("id", id)
			.param("status", status.name())
			.param("now", utc(now))
			.param("next", utc(next))
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.update();
	}

	/** Makes a dead message pending again, its attempts counted from zero. */
	boolean resend(long id, Instant now) {
		return this.jdbc.sql("""
				UPDATE portal_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now
				WHERE id = :id AND status = 'DEAD'
				""").param("id", id).param("now", utc(now)).update() == 1;
	}

	/** The messages in {@code status}, oldest first, at most {@code limit}. */
	List<OutboxMessage> inStatus(OutboxStatus status, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM portal_outbox o WHERE o.status = :status ORDER BY o.id LIMIT :limit")
			.param("status", status.name())
			.param("limit", limit)
			.query(PortalOutbox::row)
			.list();
	}

	/** A dossier's messages in its order. */
	List<OutboxMessage> ofDossier(String dossierCode) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM portal_outbox o WHERE o.dossier_code = :code ORDER BY o.occurred_at, o.event_rank, o.id
				""").param("code", dossierCode).query(PortalOutbox::row).list();
	}

	/** How many messages stand in each status. */
	Map<OutboxStatus, Long> counts() {
		Map<OutboxStatus, Long> counts = new java.util.EnumMap<>(OutboxStatus.class);
		for (OutboxStatus s : OutboxStatus.values()) {
			counts.put(s, 0L);
		}
		this.jdbc.sql("SELECT status, COUNT(*) AS n FROM portal_outbox GROUP BY status")
			.query((rs, i) -> Map.entry(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	private static OutboxMessage row(ResultSet rs, int i) throws SQLException {
		Integer national = rs.getObject("national_status") == null ? null : rs.getInt("national_status");
		return new OutboxMessage(rs.getLong("id"), rs.getString("message_id"), rs.getString("dossier_code"),
				rs.getInt("seq"), instant(rs, "occurred_at"), rs.getString("event_type"),
				MessageKind.valueOf(rs.getString("kind")), national, rs.getString("payload"),
				OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				instant(rs, "last_attempt_at"), instant(rs, "sent_at"), rs.getString("last_error"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
