package org.motcua.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messages, one row each ({@code notification_message}), known by a key that makes
 * recording them idempotent.
 */
@Repository
class MessageLog {

	private final JdbcClient jdbc;

	MessageLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a message unless its key is known; whether it was added. */
	boolean add(Draft draft, MessageStatus status, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO notification_message (message_key, owner_id, recipient_kind, recipient, channel, template,
				  dossier_code, subject, body, status, attempts, next_attempt_at, sent_at, created_at)
				VALUES (:key, :owner, :kind, :recipient, :channel, :template, :dossier, :subject, :body, :status, 0,
				  :now, :sent, :now)
				ON CONFLICT DO NOTHING
				""")
			.param("key", abbreviate(draft.key(), 400))
			.param("owner", draft.ownerId())
			.param("kind", draft.officer() ? "OFFICER" : "APPLICANT")
			.param("recipient", draft.recipient())
			.param("channel", draft.channel().name())
			.param("template", draft.template().name())
			.param("dossier", draft.dossierCode())
			.param("subject", abbreviate(draft.subject(), 500))
			.param("body", draft.body())
			.param("status", status.name())
			.param("now", utc(now))
			.param("sent", status == MessageStatus.SENT ? utc(now) : null)
			.update() == 1;
	}

	/**
	 * Pending and failed messages of {@code channels} due by {@code now}, oldest first.
	 */
	List<Outgoing> due(Instant now, Collection<MessageChannel> channels, int limit) {
		if (channels.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT id, message_key, channel, recipient, subject, body, attempts FROM notification_message
				WHERE status IN ('PENDING', 'FAILED') AND next_attempt_at <= :now AND channel IN (:channels)
				ORDER BY next_attempt_at, id LIMIT :limit
				""")
			.param("now", utc(now))
			.param("channels", channels.stream().map(Enum::name).toList())
			.param("limit", limit)
			.query((rs, i) -> new Outgoing(rs.getLong("id"), rs.getString("message_key"),
					MessageChannel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body"), rs.getInt("attempts")))
			.list();
	}

	void sent(long id, Instant now) {
		this.jdbc.sql("""
				UPDATE notification_message SET status = 'SENT', attempts = attempts + 1, last_attempt_at = :now,
				  sent_at = :now, last_error = NULL WHERE id = :id
				""").param("id", id).param("now", utc(now)).update();
	}

	void failed(long id, MessageStatus status, Instant now, Instant next, String error) {
		this.jdbc.sql("""
				UPDATE notification_message SET status = :status, attempts = attempts + 1, last_attempt_at = :now,
				  next_attempt_at = :next, last_error = :error WHERE id = :id
				""")
			.param("id", id)
			.param("status", status.name())
			.param("now", utc(now))
			.param("next", utc(next))
			.param("error", abbreviate(error, 1000))
			.update();
	}

	/**
	 * A dead message back to pending, to be sent at the next pass; whether it was dead.
	 */
	boolean resend(long id, Instant now) {
		return this.jdbc.sql("""
				UPDATE notification_message SET status = 'PENDING', attempts = 0, next_attempt_at = :now
				WHERE id = :id AND status = 'DEAD'
				""").param("id", id).param("now", utc(now)).update() == 1;
	}

	List<MessageLine> ofOwner(String ownerId, MessageChannel channel, int offset, int size) {
		return this.jdbc
			.sql("SELECT * FROM notification_message WHERE owner_id = :owner"
					+ (channel == null ? "" : " AND channel = :channel")
					+ " ORDER BY created_at DESC, id DESC LIMIT :size OFFSET :offset")
			.param("owner", ownerId)
			.param("channel", channel == null ? "" : channel.name())
			.param("size", size)
			.param("offset", offset)
			.query((rs, i) -> line(rs))
			.list();
	}

	long countOfOwner(String ownerId, MessageChannel channel) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM notification_message WHERE owner_id = :owner"
					+ (channel == null ? "" : " AND channel = :channel"))
			.param("owner", ownerId)
			.param("channel", channel == null ? "" : channel.name())
			.query(Long.class)
			.single();
	}

	List<MessageLine> ofDossier(String dossierCode) {
		return this.jdbc
			.sql("SELECT * FROM notification_message WHERE dossier_code = :code AND recipient_kind = 'APPLICANT'"
					+ " ORDER BY created_at, id")
			.param("code", dossierCode)
			.query((rs, i) -> line(rs))
			.list();
	}

	List<MessageLine> inStatus(MessageStatus status, int limit) {
		return this.jdbc
			.sql("SELECT * FROM notification_message WHERE status = :status AND channel <> 'INBOX'"
					+ " ORDER BY next_attempt_at DESC, id DESC LIMIT :limit")
			.param("status", status.name())
			.param("limit", limit)
			.query((rs, i) -> line(rs))
			.list();
	}

	/** Messages per channel and status. */
	Map<MessageChannel, Map<MessageStatus, Long>> counts() {
		Map<MessageChannel, Map<MessageStatus, Long>> counts = new EnumMap<>(MessageChannel.class);
		for (MessageChannel channel : MessageChannel.values()) {
			Map<MessageStatus, Long> row = new EnumMap<>(MessageStatus.class);
			for (MessageStatus status : MessageStatus.values()) {
				row.put(status, 0L);
			}
			counts.put(channel, row);
		}
		this.jdbc.sql("SELECT channel, status, COUNT(*) AS n FROM notification_message GROUP BY channel, status")
			.query((rs, i) -> {
				counts.get(MessageChannel.valueOf(rs.getString("channel")))
					.put(MessageStatus.valueOf(rs.getString("status")), rs.getLong("n"));
				return null;
			})
			.list();
		return counts;
	}

	private static MessageLine line(ResultSet rs) throws SQLException {
		return new MessageLine(rs.getLong("id"), rs.getString("owner_id"), rs.getString("recipient"),
				MessageChannel.valueOf(rs.getString("channel")), MessageTemplate.valueOf(rs.getString("template")),
				rs.getString("dossier_code"), rs.getString("subject"), rs.getString("body"),
				MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
				instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "next_attempt_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static String abbreviate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	/**
	 * A message to record: its key, owner (personal ID or tax code, or an officer's
	 * username), recipient (address, phone or username) and its wording.
	 */
	record Draft(String key, String ownerId, boolean officer, String recipient, MessageChannel channel,
			MessageTemplate template, String dossierCode, String subject, String body) {

	}

}
