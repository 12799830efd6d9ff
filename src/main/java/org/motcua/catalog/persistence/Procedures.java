package org.motcua.catalog.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.motcua.calendar.LimitUnit;
import org.motcua.calendar.TimeLimit;
import org.motcua.catalog.Fee;
import org.motcua.catalog.Field;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcedurePage;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureSummary;
import org.motcua.catalog.ProcessingPlan;
import org.motcua.catalog.RequiredDocument;
import org.motcua.catalog.ResultType;
import org.motcua.catalog.VersionStatus;
import org.motcua.catalog.Vnd;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;
import org.motcua.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Every stored version of every procedure. */
@Repository
public class Procedures {

	private static final String SUMMARY = "code, name, field_code, field_name, levels, online_level, limit_amount,"
			+ " limit_unit, version, status";

	private static final String VERSION = "id, " + SUMMARY + ", legal_basis, cross_boundary, effective_from,"
			+ " withdrawn_on, changed_at, changed_by";

	/**
	 * Most settled versions (published, superseded, withdrawn) kept in memory at once.
	 */
	private static final int SETTLED_KEPT = 4096;

	private final JdbcClient jdbc;

	/**
	 * The parts (agencies, fees, papers, results, steps) of versions no longer drafts, by
	 * id: they never change once a version leaves the draft (a change of status keeps
	 * them), so every intake need not read six tables again. A draft's parts are always
	 * read.
	 */
	private final Map<Long, Parts> settled = new ConcurrentHashMap<>();

	Procedures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isEmpty() {
		return this.jdbc.sql("SELECT COUNT(*) FROM catalog_version").query(Long.class).single() == 0;
	}

	/** All versions of a procedure, oldest first. */
	public List<Procedure> history(ProcedureCode code) {
		return this.jdbc.sql("SELECT " + VERSION + " FROM catalog_version WHERE code = :code ORDER BY version")
			.param("code", code.value())
			.query((rs, n) -> new Row(rs.getLong("id"), rs))
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	public Optional<Procedure> find(ProcedureCode code, int version) {
		return this.jdbc.sql("SELECT " + VERSION + " FROM catalog_version WHERE code = :code AND version = :version")
			.param("code", code.value())
			.param("version", version)
			.query((rs, n) -> new Row(rs.getLong("id"), rs))
			.optional()
			.map(this::load);
	}

	public Optional<Procedure> findPublished(ProcedureCode code) {
		return this.jdbc.sql("SELECT " + VERSION + " FROM catalog_version WHERE code = :code AND status = 'PUBLISHED'")
			.param("code", code.value())
			.query((rs, n) -> new Row(rs.getLong("id"), rs))
			.optional()
			.map(this::load);
	}

	/** The fields of the published procedures, by name. */
	public List<Field> fields() {
		return this.jdbc
			.sql("SELECT DISTINCT field_code, field_name FROM catalog_version WHERE status = 'PUBLISHED'"
					+ " ORDER BY field_name, field_code")
			.query((rs, n) -> new Field(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** The published version of every procedure, by code. */
	public List<Procedure> published() {
		return this.jdbc.sql("SELECT " + VERSION + " FROM catalog_version WHERE status = 'PUBLISHED' ORDER BY code")
			.query((rs, n) -> new Row(rs.getLong("id"), rs))
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	/**
	 * A page of the published versions ({@code latest} false) or of the latest version of
	 * every procedure ({@code latest} true), matching {@code query}.
	 */
	public ProcedurePage search(ProcedureQuery query, boolean latest) {
		StringBuilder where = new StringBuilder(
				latest ? " WHERE v.version = (SELECT MAX(l.version) FROM catalog_version l WHERE l.code = v.code)"
						: " WHERE v.status = 'PUBLISHED'");
		Map<String, Object> params = new HashMap<>();
		String folded = SearchText.fold(query.text());
		if (!folded.isEmpty()) {
			String[] words = folded.split(" ");
			for (int i = 0; i < words.length; i++) {
				where.append(" AND v.search_text LIKE :w").append(i).append(" ESCAPE '!'");
				params.put("w" + i, "%" + words[i].replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
			}
		}
		if (query.level() != null) {
			where.append(" AND v.levels LIKE :level");
			params.put("level", "%," + query.level().name() + ",%");
		}
		if (query.field() != null && !query.field().isBlank()) {
			where.append(" AND v.field_code = :field");
			params.put("field", query.field().strip());
		}
		if (query.online() != null) {
			where.append(" AND v.online_level = :online");
			params.put("online", query.online().name());
		}
		if (query.agency() != null) {
			where.append(
					" AND EXISTS (SELECT 1 FROM catalog_agency a WHERE a.version_id = v.id AND a.agency_code = :agency)");
			params.put("agency", query.agency().value());
		}
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		long[] total = { 0 };
		List<ProcedureSummary> items = this.jdbc
			.sql("SELECT " + SUMMARY.replaceAll("(\\w+)", "v.$1") + ", COUNT(*) OVER () AS matches"
					+ " FROM catalog_version v" + where + " ORDER BY " + (query.byName() ? "v.name, v.code" : "v.code")
					+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> {
				total[0] = rs.getLong("matches");
				return summary(rs);
			})
			.list();
		if (items.isEmpty() && query.page() > 0) {
			total[0] = this.jdbc.sql("SELECT COUNT(*) FROM catalog_version v" + where)
				.params(params)
				.query(Long.class)
				.single();
		}
		return new ProcedurePage(items, total[0]);
	}

	/** Stores a new version. */
	public void insert(Procedure procedure) {
		KeyHolder key = new GeneratedKeyHolder();
		ProcedureDefinition d = procedure.definition();
		this.jdbc.sql("INSERT INTO catalog_version (code, version, status, name, search_text, field_code, field_name,"
				+ " levels, legal_basis, limit_amount, limit_unit, online_level, cross_boundary, effective_from,"
				+ " withdrawn_on, changed_at, changed_by) VALUES (:code, :version, :status, :name, :search, :fieldCode,"
				+ " :fieldName, :levels, :legal, :amount, :unit, :online, :cross, :from, :withdrawn, :at, :by)")
			.param("code", d.code().value())
			.param("version", procedure.version())
			.params(mainColumns(procedure))
			.update(key, "id");
		insertChildren(key.getKey().longValue(), d);
	}

	/** Replaces a stored version (a draft being edited, or a change of status). */
	public void update(Procedure procedure) {
		ProcedureDefinition d = procedure.definition();
		long id = this.jdbc.sql("SELECT id FROM catalog_version WHERE code = :code AND version = :version")
			.param("code", d.code().value())
			.param("version", procedure.version())
			.query(Long.class)
			.single();
		this.jdbc
			.sql("UPDATE catalog_version SET status = :status, name = :name, search_text = :search,"
					+ " field_code = :fieldCode, field_name = :fieldName, levels = :levels, legal_basis = :legal,"
					+ " limit_amount = :amount, limit_unit = :unit, online_level = :online, cross_boundary = :cross,"
					+ " effective_from = :from, withdrawn_on = :withdrawn, changed_at = :at, changed_by = :by"
					+ " WHERE id = :id")
			.params(mainColumns(procedure))
			.param("id", id)
			.update();
		for (String table : List.of("catalog_agency", "catalog_fee", "catalog_required_document",
				"catalog_result_field", "catalog_result_type", "catalog_step")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE version_id = :id").param("id", id).update();
		}
		insertChildren(id, d);
		this.settled.remove(id);
	}

	private static Map<String, Object> mainColumns(Procedure procedure) {
		ProcedureDefinition d = procedure.definition();
		Map<String, Object> columns = new HashMap<>();
		columns.put("status", procedure.status().name());
		columns.put("name", d.name());
		columns.put("search", SearchText.fold(d.code().value() + " " + d.name()));
		columns.put("fieldCode", d.field().code());
		columns.put("fieldName", d.field().name());
		columns.put("levels", "," + String.join(",", d.levels().stream().map(Enum::name).toList()) + ",");
		columns.put("legal", d.legalBasis());
		columns.put("amount", d.timeLimit().amount());
		columns.put("unit", d.timeLimit().unit().name());
		columns.put("online", d.onlineLevel().name());
		columns.put("cross", d.crossBoundary());
		columns.put("from", procedure.effectiveFrom());
		columns.put("withdrawn", procedure.withdrawnOn());
		columns.put("at", Timestamp.from(procedure.changedAt()));
		columns.put("by", procedure.changedBy());
		return columns;
	}

	private void insertChildren(long id, ProcedureDefinition d) {
		for (int i = 0; i < d.agencies().size(); i++) {
			this.jdbc.sql("INSERT INTO catalog_agency (version_id, position, agency_code) VALUES (:id, :pos, :code)")
				.param("id", id)
				.param("pos", i)
				.param("code", d.agencies().get(i).value())
				.update();
		}
		for (int i = 0; i < d.fees().size(); i++) {
			Fee fee = d.fees().get(i);
			this.jdbc
				.sql("INSERT INTO catalog_fee (version_id, position, name, amount, note)"
						+ " VALUES (:id, :pos, :name, :amount, :note)")
				.param("id", id)
				.param("pos", i)
				.param("name", fee.name())
				.param("amount", fee.amount().amount())
				.param("note", fee.note())
				.update();
		}
		for (int i = 0; i < d.requiredDocuments().size(); i++) {
			RequiredDocument doc = d.requiredDocuments().get(i);
			RequiredDocument.Template t = doc.template();
			this.jdbc.sql("INSERT INTO catalog_required_document (version_id, position, code, name, mandatory, copies,"
					+ " original, template_sha256, template_filename, template_media_type, accepts_reuse_of)"
					+ " VALUES (:id, :pos, :code, :name, :mandatory, :copies, :original, :sha, :file, :media, :reuse)")
				.param("id", id)
				.param("pos", i)
				.param("code", doc.code())
				.param("name", doc.name())
				.param("mandatory", doc.mandatory())
				.param("copies", doc.copies())
				.param("original", doc.original())
				.param("sha", t == null ? null : t.sha256())
				.param("file", t == null ? null : t.filename())
				.param("media", t == null ? null : t.mediaType())
				.param("reuse", String.join(",", doc.acceptsReuseOf()))
				.update();
		}
		for (int i = 0; i < d.resultTypes().size(); i++) {
			ResultType type = d.resultTypes().get(i);
			this.jdbc
				.sql("INSERT INTO catalog_result_type (version_id, position, code, name, paper_result)"
						+ " VALUES (:id, :pos, :code, :name, :paper)")
				.param("id", id)
				.param("pos", i)
				.param("code", type.code())
				.param("name", type.name())
				.param("paper", type.paperResult())
				.update();
			for (int j = 0; j < type.fields().size(); j++) {
				ResultType.ResultField field = type.fields().get(j);
				this.jdbc
					.sql("INSERT INTO catalog_result_field (version_id, result_position, position, code, name,"
							+ " type, required) VALUES (:id, :rpos, :pos, :code, :name, :type, :required)")
					.param("id", id)
					.param("rpos", i)
					.param("pos", j)
					.param("code", field.code())
					.param("name", field.name())
					.param("type", field.type().name())
					.param("required", field.required())
					.update();
			}
		}
		List<ProcessingPlan.Step> steps = d.processingPlan().steps();
		for (int i = 0; i < steps.size(); i++) {
			ProcessingPlan.Step step = steps.get(i);
			this.jdbc
				.sql("INSERT INTO catalog_step (version_id, position, name, role, department, agency, hours)"
						+ " VALUES (:id, :pos, :name, :role, :department, :agency, :hours)")
				.param("id", id)
				.param("pos", i)
				.param("name", step.name())
				.param("role", step.role().name())
				.param("department", step.department())
				.param("agency", step.agency() == null ? null : step.agency().value())
				.param("hours", step.hours())
				.update();
		}
	}

	private Procedure load(Row row) {
		ProcedureSummary s = row.summary();
		Parts parts;
		if (s.status() == VersionStatus.DRAFT) {
			parts = parts(row.id());
		}
		else {
			parts = this.settled.get(row.id());
			if (parts == null) {
				parts = parts(row.id());
				if (this.settled.size() >= SETTLED_KEPT) {
					this.settled.clear();
				}
				this.settled.put(row.id(), parts);
			}
		}
		ProcedureDefinition definition = new ProcedureDefinition(s.code(), s.name(), s.field(), s.levels(),
				parts.agencies(), row.legalBasis(), s.timeLimit(), s.onlineLevel(), row.crossBoundary(), parts.fees(),
				parts.documents(), parts.results(), new ProcessingPlan(parts.steps()));
		return new Procedure(definition, s.version(), s.status(), row.effectiveFrom(), row.withdrawnOn(),
				row.changedAt().toInstant(), row.changedBy());
	}

	/** The parts of the version {@code id}, read from their six tables. */
	private Parts parts(long id) {
		List<AgencyCode> agencies = this.jdbc
			.sql("SELECT agency_code FROM catalog_agency WHERE version_id = :id ORDER BY position")
			.param("id", id)
			.query((rs, n) -> AgencyCode.of(rs.getString(1)))
			.list();
		List<Fee> fees = this.jdbc
			.sql("SELECT name, amount, note FROM catalog_fee WHERE version_id = :id ORDER BY position")
			.param("id", id)
			.query((rs, n) -> new Fee(rs.getString("name"), Vnd.of(rs.getBigDecimal("amount")), rs.getString("note")))
			.list();
		List<RequiredDocument> documents = this.jdbc
			.sql("SELECT * FROM catalog_required_document WHERE version_id = :id ORDER BY position")
			.param("id", id)
			.query((rs, n) -> new RequiredDocument(rs.getString("code"), rs.getString("name"),
					rs.getBoolean("mandatory"), rs.getInt("copies"), rs.getBoolean("original"),
					rs.getString("template_sha256") == null ? null
							: new RequiredDocument.Template(rs.getString("template_sha256"),
									rs.getString("template_filename"), rs.getString("template_media_type")),
					split(rs.getString("accepts_reuse_of"))))
			.list();
		Map<Integer, List<ResultType.ResultField>> fields = new HashMap<>();
		this.jdbc.sql("SELECT * FROM catalog_result_field WHERE version_id = :id ORDER BY result_position, position")
			.param("id", id)
			.query((rs, n) -> {
				fields.computeIfAbsent(rs.getInt("result_position"), k -> new ArrayList<>())
					.add(new ResultType.ResultField(rs.getString("code"), rs.getString("name"),
							ResultType.FieldType.valueOf(rs.getString("type")), rs.getBoolean("required")));
				return 0;
			})
			.list();
		List<ResultType> results = this.jdbc
			.sql("SELECT position, code, name, paper_result FROM catalog_result_type WHERE version_id = :id"
					+ " ORDER BY position")
			.param("id", id)
			.query((rs, n) -> new ResultType(rs.getString("code"), rs.getString("name"), rs.getBoolean("paper_result"),
					fields.getOrDefault(rs.getInt("position"), List.of())))
			.list();
		List<ProcessingPlan.Step> steps = this.jdbc.sql(
				"SELECT name, role, department, agency, hours FROM catalog_step WHERE version_id = :id ORDER BY position")
			.param("id", id)
			.query((rs, n) -> new ProcessingPlan.Step(rs.getString("name"), Role.valueOf(rs.getString("role")),
					rs.getString("department"),
					rs.getString("agency") == null ? null : AgencyCode.of(rs.getString("agency")),
					rs.getBigDecimal("hours")))
			.list();
		return new Parts(agencies, fees, documents, results, steps);
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

	private static ProcedureSummary summary(ResultSet rs) throws SQLException {
		return new ProcedureSummary(ProcedureCode.of(rs.getString("code")), rs.getString("name"),
				new Field(rs.getString("field_code"), rs.getString("field_name")),
				split(rs.getString("levels").replaceAll("^,|,$", "")).stream().map(Level::valueOf).toList(),
				OnlineLevel.valueOf(rs.getString("online_level")),
				new TimeLimit(plain(rs.getBigDecimal("limit_amount")), LimitUnit.valueOf(rs.getString("limit_unit"))),
				rs.getInt("version"), VersionStatus.valueOf(rs.getString("status")));
	}

	private static java.math.BigDecimal plain(java.math.BigDecimal value) {
		java.math.BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** What a version holds besides its row. */
	private record Parts(List<AgencyCode> agencies, List<Fee> fees, List<RequiredDocument> documents,
			List<ResultType> results, List<ProcessingPlan.Step> steps) {

		Parts {
			// shared by every reader of a settled version
			agencies = List.copyOf(agencies);
			fees = List.copyOf(fees);
			documents = List.copyOf(documents);
			results = List.copyOf(results);
			steps = List.copyOf(steps);
		}

	}

	/** A row of catalog_version, read at once. */
	private record Row(long id, ProcedureSummary summary, String legalBasis, boolean crossBoundary,
			LocalDate effectiveFrom, LocalDate withdrawnOn, Timestamp changedAt, String changedBy) {

		Row(long id, ResultSet rs) throws SQLException {
			this(id, Procedures.summary(rs), rs.getString("legal_basis"), rs.getBoolean("cross_boundary"),
					rs.getObject("effective_from", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class),
					rs.getTimestamp("changed_at"), rs.getString("changed_by"));
		}

	}

}
