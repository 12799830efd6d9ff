package org.motcua.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of the read model ({@code stat_dossier}), one a dossier; a row written in
 * place of another passes the difference on to the daily roll-ups ({@link RollUps}).
 */
@Repository
class CountedDossiers {

	static final String COLUMNS = "code, agency, unit, level, procedure_code, procedure_version, field, channel,"
			+ " status, received, received_on, received_at, due_at, finished_at, returned_at, ended_on, open_now,"
			+ " resolved, outcome, supplement_rounds, papers, papers_digitized, papers_reused, result_electronic,"
			+ " paper_result, applicant_verified, rating, full_online_eligible, last_event_at";

	private final JdbcClient jdbc;

	private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;

	private final RollUps rollUps;

	CountedDossiers(JdbcClient jdbc, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named,
			RollUps rollUps) {
		this.jdbc = jdbc;
		this.named = named;
		this.rollUps = rollUps;
	}

	Optional<CountedDossier> find(String code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM stat_dossier WHERE code = :code")
			.param("code", code)
			.query(CountedDossiers::row)
			.optional();
	}

	/**
	 * Stores the row in place of the dossier's earlier one and brings the roll-ups from
	 * the earlier row to this one.
	 */
	void save(CountedDossier row) {
		Optional<CountedDossier> before = find(row.code());
		if (before.isPresent()) {
			this.jdbc.sql("DELETE FROM stat_dossier WHERE code = :code").param("code", row.code()).update();
		}
		insert(row);
		this.rollUps.replace(before, row);
	}

	private void insert(CountedDossier row) {
		this.jdbc.sql("INSERT INTO stat_dossier (" + COLUMNS + ") VALUES (" + COLUMNS.replaceAll("(\\w+)", ":$1") + ")")
			.params(params(row))
			.update();
	}

	/**
	 * Inserts many rows in JDBC batches, without their roll-ups (see
	 * {@link #rollUpAll()}).
	 */
	void insertAll(List<CountedDossier> batch) {
		String sql = "INSERT INTO stat_dossier (" + COLUMNS + ") VALUES (" + COLUMNS.replaceAll("(\\w+)", ":$1") + ")";
		this.named.batchUpdate(sql, batch.stream().map(CountedDossiers::params).toArray(Map[]::new));
	}

	/** Recomputes every roll-up from the rows. */
	void rollUpAll() {
		this.rollUps.rebuild();
	}

	void deleteAll() {
		this.rollUps.deleteAll();
		this.jdbc.sql("DELETE FROM stat_dossier").update();
	}

	static Map<String, Object> params(CountedDossier r) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("code", r.code());
		p.put("agency", r.agency());
		p.put("unit", r.unit());
		p.put("level", r.level());
		p.put("procedure_code", r.procedureCode());
		p.put("procedure_version", r.procedureVersion());
		p.put("field", r.field());
		p.put("channel", r.channel());
		p.put("status", r.status());
		p.put("received", r.received());
		p.put("received_on", r.receivedOn());
		p.put("received_at", time(r.receivedAt()));
		p.put("due_at", time(r.dueAt()));
		p.put("finished_at", time(r.finishedAt()));
		p.put("returned_at", time(r.returnedAt()));
		p.put("ended_on", r.endedOn());
		p.put("open_now", r.openNow());
		p.put("resolved", r.resolved());
		p.put("outcome", r.outcome());
		p.put("supplement_rounds", r.supplementRounds());
		p.put("papers", r.papers());
		p.put("papers_digitized", r.papersDigitized());
		p.put("papers_reused", r.papersReused());
		p.put("result_electronic", r.resultElectronic());
		p.put("paper_result", r.paperResult());
		p.put("applicant_verified", r.applicantVerified());
		p.put("rating", r.rating());
		p.put("full_online_eligible", r.fullOnlineEligible());
		p.put("last_event_at", time(r.lastEventAt()));
		return p;
	}

	static OffsetDateTime time(Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	static CountedDossier row(ResultSet rs, int n) throws SQLException {
		return new CountedDossier(rs.getString("code"), rs.getString("agency"), rs.getString("unit"),
				rs.getString("level"), rs.getString("procedure_code"), rs.getInt("procedure_version"),
				rs.getString("field"), rs.getString("channel"), rs.getString("status"), rs.getBoolean("received"),
				rs.getObject("received_on", LocalDate.class), instant(rs, "received_at"), instant(rs, "due_at"),
				instant(rs, "finished_at"), instant(rs, "returned_at"), rs.getObject("ended_on", LocalDate.class),
				rs.getBoolean("open_now"), rs.getBoolean("resolved"), rs.getString("outcome"),
				rs.getInt("supplement_rounds"), rs.getInt("papers"), rs.getInt("papers_digitized"),
				rs.getInt("papers_reused"), rs.getBoolean("result_electronic"), rs.getBoolean("paper_result"),
				rs.getBoolean("applicant_verified"), (Integer) rs.getObject("rating", Integer.class),
				rs.getBoolean("full_online_eligible"), instant(rs, "last_event_at"));
	}

	/**
	 * A stored row with the sequence of the event that wrote it ({@code null} for a row
	 * written before sequences were kept).
	 */
	record Sequenced(CountedDossier row, Integer sequence) {

	}

	private static final String INSERT_SEQUENCED = "INSERT INTO stat_dossier (" + COLUMNS + ", last_event_seq)"
			+ " VALUES (" + COLUMNS.replaceAll("(\\w+)", ":$1") + ", :last_event_seq)";

	/**
	 * The dossier's row and its event sequence, locked until the calling transaction
	 * ends, so that two deliveries of its events count it one after the other (the later
	 * one reads the row as the earlier one left it, or skips an older event).
	 */
	Optional<Sequenced> findSequencedForUpdate(String code) {
		return this.jdbc.sql("SELECT " + COLUMNS + ", last_event_seq FROM stat_dossier WHERE code = :code FOR UPDATE")
			.param("code", code)
			.query((rs, n) -> new Sequenced(row(rs, n), (Integer) rs.getObject("last_event_seq", Integer.class)))
			.optional();
	}

	private static final String UPDATE_SEQUENCED = "UPDATE stat_dossier SET "
			+ (COLUMNS + ", last_event_seq").replaceAll("(\\w+)", "$1 = :$1").replace("code = :code, ", "")
			+ " WHERE code = :code";

	/**
	 * Stores the row written by the event of {@code sequence} in place of {@code before}
	 * (the row read under lock, if any) and adds the difference to the roll-ups. The row
	 * is updated in place, not deleted and inserted again: a delivery waiting for its
	 * lock then reads it as updated (on PostgreSQL a deleted row would read as absent).
	 * Without {@code before} the insert fails with a duplicate key when a concurrent
	 * delivery inserted meanwhile.
	 */
	void replace(CountedDossier row, int sequence, Optional<CountedDossier> before) {
		Map<String, Object> params = params(row);
		params.put("last_event_seq", sequence);
		this.jdbc.sql(before.isPresent() ? UPDATE_SEQUENCED : INSERT_SEQUENCED).params(params).update();
		this.rollUps.replace(before, row);
	}

	/**
	 * Stores the row written by the event of {@code sequence} in place of the dossier's
	 * earlier one ({@code exists}: read under lock), leaving the roll-ups alone.
	 */
	void put(CountedDossier row, int sequence, boolean exists) {
		Map<String, Object> params = params(row);
		params.put("last_event_seq", sequence);
		this.jdbc.sql(exists ? UPDATE_SEQUENCED : INSERT_SEQUENCED).params(params).update();
	}

	/** Rows per INSERT statement of {@link #insertAll(List, int[])}. */
	private static final int ROWS_PER_INSERT = 100;

	/**
	 * Inserts many rows with the sequences of their events, without their roll-ups (see
	 * {@link #rollUpAll()}): multi-row INSERT statements of {@value #ROWS_PER_INSERT}
	 * rows sent in one JDBC batch. Fails with a duplicate key if a row exists.
	 */
	void insertAll(List<CountedDossier> batch, int[] sequences) {
		if (batch.isEmpty()) {
			return;
		}
		String[] columns = (COLUMNS + ", last_event_seq").split(",\\s*");
		String one = "(" + String.join(", ", java.util.Collections.nCopies(columns.length, "?")) + ")";
		int full = batch.size() / ROWS_PER_INSERT;
		int rest = batch.size() % ROWS_PER_INSERT;
		this.named.getJdbcOperations().execute((java.sql.Connection connection) -> {
			if (full > 0) {
				try (java.sql.PreparedStatement insert = connection.prepareStatement(multiRow(one, ROWS_PER_INSERT))) {
					for (int i = 0; i < full; i++) {
						int p = 1;
						for (int r = i * ROWS_PER_INSERT; r < (i + 1) * ROWS_PER_INSERT; r++) {
							p = bind(insert, p, batch.get(r), sequences[r]);
						}
						insert.addBatch();
					}
					insert.executeBatch();
				}
			}
			if (rest > 0) {
				try (java.sql.PreparedStatement insert = connection.prepareStatement(multiRow(one, rest))) {
					int p = 1;
					for (int r = full * ROWS_PER_INSERT; r < batch.size(); r++) {
						p = bind(insert, p, batch.get(r), sequences[r]);
					}
					insert.executeUpdate();
				}
			}
			return null;
		});
	}

	private static String multiRow(String one, int rows) {
		return "INSERT INTO stat_dossier (" + COLUMNS + ", last_event_seq) VALUES "
				+ String.join(", ", java.util.Collections.nCopies(rows, one));
	}

	/** Binds a row's values in the order of {@link #COLUMNS}, then its sequence. */
	private static int bind(java.sql.PreparedStatement s, int p, CountedDossier r, int sequence) throws SQLException {
		s.setString(p++, r.code());
		s.setString(p++, r.agency());
		s.setString(p++, r.unit());
		s.setString(p++, r.level());
		s.setString(p++, r.procedureCode());
		s.setInt(p++, r.procedureVersion());
		s.setString(p++, r.field());
		s.setString(p++, r.channel());
		s.setString(p++, r.status());
		s.setBoolean(p++, r.received());
		setDate(s, p++, r.receivedOn());
		setTime(s, p++, r.receivedAt());
		setTime(s, p++, r.dueAt());
		setTime(s, p++, r.finishedAt());
		setTime(s, p++, r.returnedAt());
		setDate(s, p++, r.endedOn());
		s.setBoolean(p++, r.openNow());
		s.setBoolean(p++, r.resolved());
		s.setString(p++, r.outcome());
		s.setInt(p++, r.supplementRounds());
		s.setInt(p++, r.papers());
		s.setInt(p++, r.papersDigitized());
		s.setInt(p++, r.papersReused());
		s.setBoolean(p++, r.resultElectronic());
		s.setBoolean(p++, r.paperResult());
		s.setBoolean(p++, r.applicantVerified());
		if (r.rating() == null) {
			s.setNull(p++, java.sql.Types.INTEGER);
		}
		else {
			s.setInt(p++, r.rating());
		}
		s.setBoolean(p++, r.fullOnlineEligible());
		setTime(s, p++, r.lastEventAt());
		s.setInt(p++, sequence);
		return p;
	}

	private static void setDate(java.sql.PreparedStatement s, int p, LocalDate day) throws SQLException {
		if (day == null) {
			s.setNull(p, java.sql.Types.DATE);
		}
		else {
			s.setObject(p, day);
		}
	}

	private static void setTime(java.sql.PreparedStatement s, int p, Instant at) throws SQLException {
		if (at == null) {
			s.setNull(p, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
		}
		else {
			s.setObject(p, time(at));
		}
	}

	/** Every row, by code: what a rebuild is compared with. */
	List<CountedDossier> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM stat_dossier ORDER BY code")
			.query(CountedDossiers::row)
			.list();
	}

	/**
	 * Every roll-up line of every roll-up table as text, in key order: what a rebuild is
	 * compared with.
	 */
	List<String> rollUps() {
		return this.rollUps.lines();
	}

}
