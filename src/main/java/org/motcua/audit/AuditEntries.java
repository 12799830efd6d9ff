package org.motcua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The entries of the audit trail, as an append-only collection over {@code audit_entry}.
 * The only update it offers is sealing an unsealed entry.
 */
@Repository
class AuditEntries {

	private static final int STREAM_FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	AuditEntries(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(STREAM_FETCH_SIZE);
	}

	/**
	 * Appends an unsealed entry; an entry with the same {@code eventKey} already there
	 * makes this do nothing. Two deliveries of one event may race: PostgreSQL's
	 * {@code ON CONFLICT} waits for the other and does nothing, H2 reports the duplicate
	 * key, which here means the same.
	 * @return whether an entry was added
	 */
	boolean append(String eventKey, Instant occurredAt, Instant recordedAt, String username, String address,
			String action, String subjectType, String subjectId, String summary, String purpose) {
		try {
			return insert(eventKey, occurredAt, recordedAt, username, address, action, subjectType, subjectId, summary,
					purpose);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private boolean insert(String eventKey, Instant occurredAt, Instant recordedAt, String username, String address,
			String action, String subjectType, String subjectId, String summary, String purpose) {
		return this.jdbc.sql("""
				INSERT INTO audit_entry (event_key, occurred_at, recorded_at, username, address, action,
				                         subject_type, subject_id, summary, purpose)
				VALUES (:key, :occurredAt, :recordedAt, :username, :address, :action,
				        :subjectType, :subjectId, :summary, :purpose)
				ON CONFLICT DO NOTHING
				""")
			.param("key", eventKey)
			.param("occurredAt", timestamp(occurredAt))
			.param("recordedAt", timestamp(recordedAt))
			.param("username", username)
			.param("address", address)
			.param("action", action)
			.param("subjectType", subjectType)
			.param("subjectId", subjectId)
			.param("summary", summary == null ? "" : summary)
			.param("purpose", purpose)
			.update() == 1;
	}

	/** The last sealed entry's position and hash, if any entry is sealed. */
	Optional<Link> findChainHead() {
		return this.jdbc.sql("""
				SELECT chain_position, hash FROM audit_entry
				WHERE chain_position = (SELECT MAX(chain_position) FROM audit_entry)
				""").query((rs, n) -> new Link(rs.getLong("chain_position"), rs.getString("hash"))).optional();
	}

	/** Records the chain's head after a sealing batch. */
	void recordCheckpoint(Link head, Instant sealedAt) {
		this.jdbc.sql("INSERT INTO audit_checkpoint (chain_position, hash, sealed_at) VALUES (:position, :hash, :at)")
			.param("position", head.position())
			.param("hash", head.hash())
			.param("at", timestamp(sealedAt))
			.update();
	}

	/** The newest checkpoint of the chain's head. */
	Optional<Link> findLatestCheckpoint() {
		return this.jdbc.sql("""
				SELECT chain_position, hash FROM audit_checkpoint
				WHERE chain_position = (SELECT MAX(chain_position) FROM audit_checkpoint)
				""").query((rs, n) -> new Link(rs.getLong("chain_position"), rs.getString("hash"))).optional();
	}

	/** The oldest unsealed entries, by id. */
	List<Entry> findUnsealed(int limit) {
		return this.jdbc.sql("SELECT * FROM audit_entry WHERE chain_position IS NULL ORDER BY id LIMIT :limit")
			.param("limit", limit)
			.query(AuditEntries::entry)
			.list();
	}

	/**
	 * Seals an entry that is still unsealed.
	 * @return whether it was (an entry sealed already is left alone)
	 */
	boolean seal(long id, long position, String previousHash, String hash) {
		return this.jdbc.sql("""
				UPDATE audit_entry SET chain_position = :position, previous_hash = :previous, hash = :hash
				WHERE id = :id AND chain_position IS NULL
				""")
			.param("id", id)
			.param("position", position)
			.param("previous", previousHash)
			.param("hash", hash)
			.update() == 1;
	}

	/**
	 * Hands every sealed entry to {@code consumer} in chain order, without holding them.
	 */
	void streamSealed(Consumer<Entry> consumer) {
		this.streaming.query("SELECT * FROM audit_entry WHERE chain_position IS NOT NULL ORDER BY chain_position",
				rs -> {
					consumer.accept(entry(rs, 0));
				});
	}

	boolean hasUnsealedRecordedBefore(Instant instant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE chain_position IS NULL AND recorded_at < :instant")
			.param("instant", timestamp(instant))
			.query(Long.class)
			.single() > 0;
	}

	EntryPage find(EntryFilter filter, int page, int size) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		condition(conditions, params, "username", "username = :username", filter.username());
		condition(conditions, params, "action", "action = :action", filter.action());
		condition(conditions, params, "subjectType", "subject_type = :subjectType", filter.subjectType());
		condition(conditions, params, "subjectId", "subject_id = :subjectId", filter.subjectId());
		if (filter.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", timestamp(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", timestamp(filter.to()));
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		long total = this.jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<Entry> items = this.jdbc
			.sql("SELECT * FROM audit_entry" + where
					+ " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query(AuditEntries::entry)
			.list();
		return new EntryPage(items, total);
	}

	/** A sealed position and its hash. */
	record Link(long position, String hash) {
	}

	/** The database keeps microseconds; so do the entries, so that the hash is stable. */
	static Instant stored(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	private static void condition(List<String> conditions, Map<String, Object> params, String name, String sql,
			String value) {
		if (value != null && !value.isBlank()) {
			conditions.add(sql);
			params.put(name, value.strip());
		}
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(stored(instant), ZoneOffset.UTC);
	}

	private static Entry entry(ResultSet rs, int n) throws SQLException {
		Long position = rs.getObject("chain_position", Long.class);
		return new Entry(rs.getLong("id"), instant(rs, "occurred_at"), instant(rs, "recorded_at"),
				rs.getString("username"), rs.getString("address"), rs.getString("action"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("summary"), rs.getString("purpose"), position,
				rs.getString("previous_hash"), rs.getString("hash"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
