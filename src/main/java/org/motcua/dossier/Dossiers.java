package org.motcua.dossier;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.motcua.calendar.LimitUnit;
import org.motcua.calendar.TimeLimit;
import org.motcua.catalog.Vnd;
import org.motcua.shared.AgencyCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossiers, as a collection: saved with optimistic locking (a stale version is
 * refused with {@link OptimisticLockingFailureException}); the aggregate's events are
 * published in the saving transaction (so the event publication registry stores them with
 * the change).
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class Dossiers {

	private static final String[] CHILDREN = { "dossier_plan_step", "dossier_document", "dossier_step", "dossier_pause",
			"dossier_due_change", "dossier_extension", "dossier_timeline" };

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final WorkingTimeRules rules;

	Dossiers(JdbcClient jdbc, ApplicationEventPublisher events, WorkingTimeRules rules) {
		this.jdbc = jdbc;
		this.events = events;
		this.rules = rules;
	}

	void save(Dossier d) {
		Map<String, Object> row = row(d);
		if (d.id == null) {
			row.put("version", 0L);
			String columns = String.join(", ", row.keySet());
			String values = row.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("INSERT INTO dossier (" + columns + ") VALUES (" + values + ")")
				.params(row)
				.update(keys, "id");
			d.id = keys.getKey().longValue();
			d.version = 0;
		}
		else {
			String set = row.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
			row.put("id", d.id);
			row.put("expected", d.version);
			int updated = this.jdbc
				.sql("UPDATE dossier SET " + set + ", version = version + 1 WHERE id = :id AND version = :expected")
				.params(row)
				.update();
			if (updated != 1) {
				throw new OptimisticLockingFailureException("Dossier " + d.code + " was changed meanwhile");
			}
			d.version++;
			for (String table : CHILDREN) {
				this.jdbc.sql("DELETE FROM " + table + " WHERE dossier_id = ?").param(d.id).update();
			}
		}
		insertChildren(d);
		d.events().forEach(this.events::publishEvent);
		d.clearEvents();
	}

	/** Whether there is no dossier at all, not even a draft. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	boolean isEmpty() {
		return this.jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single() == 0;
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	Optional<Dossier> find(DossierCode code) {
		return this.jdbc.sql("SELECT * FROM dossier WHERE code = ?")
			.param(code.value())
			.query((rs, n) -> dossier(rs))
			.optional()
			.map(this::withChildren);
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	Optional<Dossier> findById(long id) {
		return this.jdbc.sql("SELECT * FROM dossier WHERE id = ?")
			.param(id)
			.query((rs, n) -> dossier(rs))
			.optional()
			.map(this::withChildren);
	}

	/**
	 * Dossiers with a code matching every given criterion, most recently received first,
	 * at most {@code limit}.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<DossierSummary> search(DossierQuery query) {
		StringBuilder sql = new StringBuilder(
				"SELECT code, procedure_code, procedure_version, agency_code, status, applicant_name, channel, "
						+ "received_at, due_at, outcome FROM dossier WHERE code IS NOT NULL");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.agency() != null) {
			sql.append(" AND agency_code = :agency");
			params.put("agency", query.agency().value());
		}
		if (query.status() != null) {
			sql.append(" AND status = :status");
			params.put("status", query.status().name());
		}
		if (query.dueBefore() != null) {
			sql.append(" AND due_at < :dueBefore");
			params.put("dueBefore", time(query.dueBefore()));
		}
		if (query.q() != null && !query.q().isBlank()) {
			sql.append(" AND (LOWER(code) LIKE :q OR LOWER(applicant_name) LIKE :q)");
			params.put("q", "%" + query.q().strip().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%");
		}
		sql.append(" ORDER BY received_at DESC, id DESC LIMIT :limit");
		params.put("limit", Math.min(Math.max(query.limit(), 1), 500));
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new DossierSummary(rs.getString("code"), rs.getString("procedure_code"),
					rs.getInt("procedure_version"), rs.getString("agency_code"),
					DossierStatus.valueOf(rs.getString("status")), rs.getString("applicant_name"),
					Channel.valueOf(rs.getString("channel")), instant(rs, "received_at"), instant(rs, "due_at"),
					enumOf(Outcome.class, rs.getString("outcome"))))
			.list();
	}

	/**
	 * Dossiers with a code whose applicant or representative has the ID number
	 * {@code idNumber}, most recently submitted first, at most {@code limit}.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<DossierSummary> ofParty(String idNumber, int limit) {
		return this.jdbc
			.sql("SELECT code, procedure_code, procedure_version, agency_code, status, applicant_name, channel, "
					+ "received_at, due_at, outcome FROM dossier WHERE code IS NOT NULL"
					+ " AND (applicant_id_number = :id OR representative_id_number = :id)"
					+ " ORDER BY submitted_at DESC, id DESC LIMIT :limit")
			.param("id", idNumber)
			.param("limit", Math.min(Math.max(limit, 1), 500))
			.query((rs, n) -> new DossierSummary(rs.getString("code"), rs.getString("procedure_code"),
					rs.getInt("procedure_version"), rs.getString("agency_code"),
					DossierStatus.valueOf(rs.getString("status")), rs.getString("applicant_name"),
					Channel.valueOf(rs.getString("channel")), instant(rs, "received_at"), instant(rs, "due_at"),
					enumOf(Outcome.class, rs.getString("outcome"))))
			.list();
	}

	/** A dossier's facts with its key, the cursor of the bulk read. */
	record KeyedFacts(long id, DossierFacts facts) {

	}

	/**
	 * The facts of at most {@code limit} dossiers ever received with a key greater than
	 * {@code after}, in key order, as {@link Dossier#facts()} gives them: three set-based
	 * queries (the dossiers, their papers and their history aggregated), none per
	 * dossier.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	List<KeyedFacts> receivedFacts(long after, int limit) {
		List<KeyedFacts> page = new ArrayList<>(limit);
		List<Head> heads = this.jdbc.sql("SELECT id, code, procedure_code, procedure_version, agency_code,"
				+ " unit_code, channel, applicant_kind, applicant_id_type, applicant_id_number, status, submitted_at,"
				+ " received_at, due_at, finished_at, returned_at, outcome, supplement_rounds, result_document_id,"
				+ " applicant_verified, rating_score FROM dossier WHERE id > :after AND received_at IS NOT NULL"
				+ " ORDER BY id LIMIT :limit")
			.param("after", after)
			.param("limit", limit)
			.query((rs, n) -> head(rs))
			.list();
		if (heads.isEmpty()) {
			return page;
		}
		long last = heads.get(heads.size() - 1).id();
		Map<Long, int[]> papers = new HashMap<>();
		this.jdbc
			.sql("SELECT dossier_id, COUNT(*) AS papers,"
					+ " SUM(CASE WHEN provenance <> 'NOT_DIGITIZED' THEN 1 ELSE 0 END) AS digitized,"
					+ " SUM(CASE WHEN provenance IN (" + quoted(Dossier.REUSED) + ") THEN 1 ELSE 0 END) AS reused"
					+ " FROM dossier_document WHERE dossier_id > :after AND dossier_id <= :last GROUP BY dossier_id")
			.param("after", after)
			.param("last", last)
			.query((RowCallbackHandler) rs -> papers.put(rs.getLong("dossier_id"),
					new int[] { rs.getInt("papers"), rs.getInt("digitized"), rs.getInt("reused") }));
		Map<Long, History> histories = new HashMap<>();
		this.jdbc
			.sql("SELECT dossier_id, COUNT(*) AS lines, MAX(happened_at) AS last_at," + " MIN(CASE WHEN type IN ("
					+ quoted(Dossier.ENDING_EVENTS) + ") THEN happened_at END) AS ended_at"
					+ " FROM dossier_timeline WHERE dossier_id > :after AND dossier_id <= :last GROUP BY dossier_id")
			.param("after", after)
			.param("last", last)
			.query((RowCallbackHandler) rs -> histories.put(rs.getLong("dossier_id"),
					new History(rs.getInt("lines"), instant(rs, "last_at"), instant(rs, "ended_at"))));
		for (Head h : heads) {
			int[] p = papers.getOrDefault(h.id(), new int[3]);
			History history = histories.getOrDefault(h.id(), new History(0, null, null));
			DossierFacts f = h.facts();
			Instant ended = history.endedAt() != null ? history.endedAt()
					: f.status().isClosed() ? f.finishedAt() : null;
			DossierFacts.Counts counts = new DossierFacts.Counts(p[0], p[1], p[2], h.result(), h.verified(), h.rating(),
					ended, history.lastAt() == null ? Instant.EPOCH : history.lastAt(), history.lines());
			page.add(new KeyedFacts(h.id(),
					new DossierFacts(f.code(), f.procedureCode(), f.procedureVersion(), f.agency(), f.unit(),
							f.channel(), f.applicantKind(), f.idType(), f.idLastFour(), f.status(), f.nationalCode(),
							f.submittedAt(), f.receivedAt(), f.dueAt(), f.finishedAt(), f.returnedAt(), f.outcome(),
							f.supplementRounds(), f.countsLateInNationalIndex(), counts)));
		}
		return page;
	}

	/** A dossier's own row as the bulk read needs it. */
	private record Head(long id, DossierFacts facts, boolean result, boolean verified, Integer rating) {

	}

	/** A dossier's history in numbers. */
	private record History(int lines, Instant lastAt, Instant endedAt) {

	}

	private static Head head(ResultSet rs) throws SQLException {
		DossierStatus status = DossierStatus.valueOf(rs.getString("status"));
		Outcome outcome = enumOf(Outcome.class, rs.getString("outcome"));
		int rounds = rs.getInt("supplement_rounds");
		String idNumber = rs.getString("applicant_id_number");
		DossierFacts facts = new DossierFacts(rs.getString("code"), rs.getString("procedure_code"),
				rs.getInt("procedure_version"), rs.getString("agency_code"), rs.getString("unit_code"),
				Channel.valueOf(rs.getString("channel")), PartyKind.valueOf(rs.getString("applicant_kind")),
				IdType.valueOf(rs.getString("applicant_id_type")), idNumber.substring(idNumber.length() - 4), status,
				status.nationalCode(), instant(rs, "submitted_at"), instant(rs, "received_at"), instant(rs, "due_at"),
				instant(rs, "finished_at"), instant(rs, "returned_at"), outcome, rounds,
				Dossier.countsLate(outcome, rounds), null);
		Object rating = rs.getObject("rating_score");
		return new Head(rs.getLong("id"), facts, rs.getString("result_document_id") != null,
				rs.getBoolean("applicant_verified"), rating == null ? null : ((Number) rating).intValue());
	}

	private static String quoted(java.util.Collection<?> values) {
		return values.stream().map(v -> "'" + v + "'").sorted().collect(Collectors.joining(", "));
	}

	private Map<String, Object> row(Dossier d) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("code", d.code == null ? null : d.code.value());
		r.put("procedure_code", d.procedure.code());
		r.put("procedure_version", d.procedure.version());
		r.put("limit_amount", d.procedure.limit().amount());
		r.put("limit_unit", d.procedure.limit().unit().name());
		r.put("required_documents", String.join(",", d.procedure.requiredDocuments()));
		r.put("mandatory_documents", String.join(",", d.procedure.mandatoryDocuments()));
		r.put("agency_code", d.agency.value());
		r.put("unit_code", d.unit);
		r.put("channel", d.channel.name());
		Applicant a = d.applicant;
		r.put("applicant_kind", a.kind().name());
		r.put("applicant_id_type", a.idType().name());
		r.put("applicant_id_number", a.idNumber());
		r.put("applicant_name", a.name());
		r.put("applicant_birth_date", a.birthDate());
		r.put("applicant_phone", a.phone());
		r.put("applicant_email", a.email());
		r.put("applicant_address", a.address());
		r.put("applicant_verified", a.verified());
		Representative p = d.representative;
		r.put("representative_kind", p == null ? null : p.kind().name());
		r.put("representative_id_type", p == null ? null : p.idType().name());
		r.put("representative_id_number", p == null ? null : p.idNumber());
		r.put("representative_name", p == null ? null : p.name());
		r.put("representative_birth_date", p == null ? null : p.birthDate());
		r.put("representative_phone", p == null ? null : p.phone());
		r.put("representative_email", p == null ? null : p.email());
		r.put("representative_address", p == null ? null : p.address());
		r.put("status", d.status.name());
		r.put("resume_to", name(d.resumeTo));
		r.put("created_at", time(d.createdAt));
		r.put("submitted_at", time(d.submittedAt));
		r.put("received_at", time(d.receivedAt));
		r.put("clock_started_at", time(d.clockStartedAt));
		r.put("clock_ended_at", time(d.clockEndedAt));
		r.put("due_at", time(d.dueAt));
		r.put("finished_at", time(d.finishedAt));
		r.put("outcome", name(d.outcome));
		r.put("returned_at", time(d.returnedAt));
		r.put("returned_by", name(d.returnedBy));
		r.put("current_step", d.currentStep);
		r.put("supplement_rounds", d.supplementRounds);
		r.put("amount_due", d.amountDue == null ? null : d.amountDue.amount());
		r.put("payment_reference", d.paymentReference);
		r.put("closing_reason", d.closingReason);
		r.put("result_document_id", d.resultDocumentId);
		r.put("drafted_by", d.draftedBy);
		r.put("drafted_at", time(d.draftedAt));
		r.put("approved_by", d.approvedBy);
		r.put("approved_at", time(d.approvedAt));
		r.put("rating_score", d.rating == null ? null : d.rating.score());
		r.put("rating_comment", d.rating == null ? null : d.rating.comment());
		r.put("rated_at", d.rating == null ? null : time(d.rating.at()));
		return r;
	}

	private void insertChildren(Dossier d) {
		List<PlannedStep> plan = d.procedure.plan();
		for (int i = 0; i < plan.size(); i++) {
			PlannedStep s = plan.get(i);
			this.jdbc.sql("INSERT INTO dossier_plan_step VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(d.id, i, s.name(), s.role(), s.department(), s.agency(), s.hours())
				.update();
		}
		for (int i = 0; i < d.documents.size(); i++) {
			SubmittedDocument s = d.documents.get(i);
			PaperMetadata m = s.metadata();
			this.jdbc
				.sql("INSERT INTO dossier_document (dossier_id, position, required_document_code, document_id,"
						+ " warehouse_item_id, provenance, paper_number, issued_on, issuer, valid_until, summary,"
						+ " digitized_by, digitized_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(d.id, i, s.requiredDocumentCode(), s.documentId(), s.warehouseItemId(), s.provenance().name(),
						m == null ? null : m.number(), m == null ? null : m.issuedOn(), m == null ? null : m.issuer(),
						m == null ? null : m.validUntil(), m == null ? null : m.summary(), s.digitizedBy(),
						time(s.digitizedAt()))
				.update();
		}
		for (int i = 0; i < d.steps.size(); i++) {
			DossierStep s = d.steps.get(i);
			this.jdbc.sql("INSERT INTO dossier_step VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(d.id, i, s.planIndex(), s.name(), s.agency(), s.department(), s.assignee(), time(s.startedAt()),
						time(s.dueAt()), time(s.endedAt()), name(s.outcome()))
				.update();
		}
		for (int i = 0; i < d.pauses.size(); i++) {
			DossierPause s = d.pauses.get(i);
			this.jdbc.sql("INSERT INTO dossier_pause VALUES (?, ?, ?, ?, ?)")
				.params(d.id, i, s.why().name(), time(s.from()), time(s.to()))
				.update();
		}
		for (int i = 0; i < d.dueHistory.size(); i++) {
			DueChange s = d.dueHistory.get(i);
			this.jdbc.sql("INSERT INTO dossier_due_change VALUES (?, ?, ?, ?, ?, ?)")
				.params(d.id, i, s.why().name(), time(s.at()), time(s.oldDueAt()), time(s.newDueAt()))
				.update();
		}
		for (int i = 0; i < d.extensions.size(); i++) {
			Extension s = d.extensions.get(i);
			this.jdbc.sql("INSERT INTO dossier_extension VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(d.id, i, time(s.at()), s.by(), time(s.newDueAt()), s.reason(), s.apologyDocumentId())
				.update();
		}
		for (int i = 0; i < d.timeline.size(); i++) {
			TimelineEntry s = d.timeline.get(i);
			this.jdbc.sql("INSERT INTO dossier_timeline VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(d.id, i, time(s.at()), s.type(), s.by(), s.status().name(), s.unit(), s.note())
				.update();
		}
	}

	private Dossier dossier(ResultSet rs) throws SQLException {
		Dossier d = new Dossier(this.rules);
		d.id = rs.getLong("id");
		d.version = rs.getLong("version");
		String code = rs.getString("code");
		d.code = code == null ? null : DossierCode.parse(code);
		d.procedure = new PinnedProcedure(rs.getString("procedure_code"), rs.getInt("procedure_version"),
				new TimeLimit(rs.getBigDecimal("limit_amount"), LimitUnit.valueOf(rs.getString("limit_unit"))),
				list(rs.getString("required_documents")), list(rs.getString("mandatory_documents")), List.of());
		d.agency = AgencyCode.of(rs.getString("agency_code"));
		d.unit = rs.getString("unit_code");
		d.channel = Channel.valueOf(rs.getString("channel"));
		d.applicant = new Applicant(PartyKind.valueOf(rs.getString("applicant_kind")),
				IdType.valueOf(rs.getString("applicant_id_type")), rs.getString("applicant_id_number"),
				rs.getString("applicant_name"), rs.getObject("applicant_birth_date", LocalDate.class),
				rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address"),
				rs.getBoolean("applicant_verified"));
		if (rs.getString("representative_kind") != null) {
			d.representative = new Representative(PartyKind.valueOf(rs.getString("representative_kind")),
					IdType.valueOf(rs.getString("representative_id_type")), rs.getString("representative_id_number"),
					rs.getString("representative_name"), rs.getObject("representative_birth_date", LocalDate.class),
					rs.getString("representative_phone"), rs.getString("representative_email"),
					rs.getString("representative_address"));
		}
		d.status = DossierStatus.valueOf(rs.getString("status"));
		d.resumeTo = enumOf(DossierStatus.class, rs.getString("resume_to"));
		d.createdAt = instant(rs, "created_at");
		d.submittedAt = instant(rs, "submitted_at");
		d.receivedAt = instant(rs, "received_at");
		d.clockStartedAt = instant(rs, "clock_started_at");
		d.clockEndedAt = instant(rs, "clock_ended_at");
		d.dueAt = instant(rs, "due_at");
		d.finishedAt = instant(rs, "finished_at");
		d.outcome = enumOf(Outcome.class, rs.getString("outcome"));
		d.returnedAt = instant(rs, "returned_at");
		d.returnedBy = enumOf(Channel.class, rs.getString("returned_by"));
		d.currentStep = rs.getInt("current_step");
		d.supplementRounds = rs.getInt("supplement_rounds");
		BigDecimal amount = rs.getBigDecimal("amount_due");
		d.amountDue = amount == null ? null : Vnd.of(amount);
		d.paymentReference = rs.getString("payment_reference");
		d.closingReason = rs.getString("closing_reason");
		d.resultDocumentId = rs.getString("result_document_id");
		d.draftedBy = rs.getString("drafted_by");
		d.draftedAt = instant(rs, "drafted_at");
		d.approvedBy = rs.getString("approved_by");
		d.approvedAt = instant(rs, "approved_at");
		if (rs.getObject("rating_score") != null) {
			d.rating = new Rating(rs.getInt("rating_score"), rs.getString("rating_comment"), instant(rs, "rated_at"));
		}
		return d;
	}

	private Dossier withChildren(Dossier d) {
		List<PlannedStep> plan = children("dossier_plan_step", d.id,
				rs -> new PlannedStep(rs.getString("name"), rs.getString("role"), rs.getString("department"),
						rs.getString("agency_code"), rs.getBigDecimal("hours")));
		PinnedProcedure p = d.procedure;
		d.procedure = new PinnedProcedure(p.code(), p.version(), p.limit(), p.requiredDocuments(),
				p.mandatoryDocuments(), plan);
		d.documents = children("dossier_document", d.id,
				rs -> new SubmittedDocument(rs.getString("required_document_code"), rs.getString("document_id"),
						rs.getString("warehouse_item_id"), Provenance.valueOf(rs.getString("provenance")), metadata(rs),
						rs.getString("digitized_by"), instant(rs, "digitized_at")));
		d.steps = children("dossier_step", d.id,
				rs -> new DossierStep(rs.getInt("plan_index"), rs.getString("name"), rs.getString("agency_code"),
						rs.getString("department"), rs.getString("assignee"), instant(rs, "started_at"),
						instant(rs, "due_at"), instant(rs, "ended_at"),
						enumOf(Outcome.class, rs.getString("outcome"))));
		d.pauses = children("dossier_pause", d.id, rs -> new DossierPause(DueChange.Why.valueOf(rs.getString("why")),
				instant(rs, "from_at"), instant(rs, "to_at")));
		d.dueHistory = children("dossier_due_change", d.id,
				rs -> new DueChange(DueChange.Why.valueOf(rs.getString("why")), instant(rs, "changed_at"),
						instant(rs, "old_due_at"), instant(rs, "new_due_at")));
		d.extensions = children("dossier_extension", d.id,
				rs -> new Extension(instant(rs, "extended_at"), rs.getString("extended_by"), instant(rs, "new_due_at"),
						rs.getString("reason"), rs.getString("apology_document_id")));
		d.timeline = children("dossier_timeline", d.id,
				rs -> new TimelineEntry(instant(rs, "happened_at"), rs.getString("type"), rs.getString("actor"),
						DossierStatus.valueOf(rs.getString("status")), rs.getString("unit"), rs.getString("note")));
		return d;
	}

	private static PaperMetadata metadata(ResultSet rs) throws SQLException {
		LocalDate issuedOn = rs.getObject("issued_on", LocalDate.class);
		if (issuedOn == null) {
			return null;
		}
		return new PaperMetadata(rs.getString("paper_number"), issuedOn, rs.getString("issuer"),
				rs.getObject("valid_until", LocalDate.class), rs.getString("summary"));
	}

	private interface Row<T> {

		T map(ResultSet rs) throws SQLException;

	}

	private <T> List<T> children(String table, long id, Row<T> row) {
		return new ArrayList<>(this.jdbc.sql("SELECT * FROM " + table + " WHERE dossier_id = ? ORDER BY position")
			.param(id)
			.query((rs, n) -> row.map(rs))
			.list());
	}

	private static List<String> list(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

	static OffsetDateTime time(Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

}
