package org.motcua.dossier.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.motcua.calendar.LimitUnit;
import org.motcua.calendar.TimeLimit;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.RequiredDocument;
import org.motcua.document.Documents;
import org.motcua.dossier.Action;
import org.motcua.dossier.ActionBody;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierSummary;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.IntakeReceipt;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Outcome;
import org.motcua.dossier.forms.Apology;
import org.motcua.dossier.forms.ControlSlip;
import org.motcua.dossier.forms.DossierFacts;
import org.motcua.dossier.forms.FormKind;
import org.motcua.dossier.forms.Forms;
import org.motcua.dossier.forms.IssuedForm;
import org.motcua.dossier.forms.Issuer;
import org.motcua.dossier.forms.Receipt;
import org.motcua.dossier.forms.Refusal;
import org.motcua.dossier.forms.StopNotice;
import org.motcua.dossier.forms.SupplementRequest;
import org.motcua.dossier.results.Results;
import org.motcua.organization.Agency;
import org.motcua.organization.Organization;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the dossier API adds around {@code DossierWork}: who may see a dossier (its
 * agency, the agencies it was handed to, province administrators), the visible list, and
 * the printed forms issued at intake and at the transitions that need one.
 */
@Service
public class DossierDesk {

	private static final Logger log = LoggerFactory.getLogger(DossierDesk.class);

	private static final List<Role> ACTING = List.of(Role.DESK_OFFICER, Role.SPECIALIST, Role.DEPARTMENT_HEAD,
			Role.APPROVER, Role.LEADER, Role.AGENCY_ADMIN, Role.PROVINCE_ADMIN);

	private final DossierWork work;

	private final Catalog catalog;

	private final Organization organization;

	private final Forms forms;

	private final Documents documents;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	private final TransactionTemplate transaction;

	private final Results results;

	private final PaperSigning signatures;

	private final ApplicantWarehouse warehouse;

	DossierDesk(DossierWork work, Catalog catalog, Organization organization, Forms forms, Documents documents,
			JdbcClient jdbc, WorkingCalendar calendar, PlatformTransactionManager transactions, Results results,
			PaperSigning signatures, ApplicantWarehouse warehouse) {
		this.work = work;
		this.results = results;
		this.signatures = signatures;
		this.warehouse = warehouse;
		this.transaction = new TransactionTemplate(transactions);
		this.catalog = catalog;
		this.organization = organization;
		this.forms = forms;
		this.documents = documents;
		this.jdbc = jdbc;
		this.zone = calendar.zone();
	}

	/** The province's zone, in which dates and instants are shown. */
	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * Receives a dossier at the desk for {@code actor} (see
	 * {@link DossierWork#receiveAtDesk}): its uploaded papers are claimed in the intake's
	 * transaction, so a failure leaves neither dossier nor claim. The receipt is issued
	 * right after the commit, outside the intake's transaction: rendering and signing it
	 * would otherwise hold the agency's code sequence for the day, and every other intake
	 * at the agency would wait for it. Should that issue fail, the dossier stays received
	 * and its receipt is issued on its first request ({@link #printedForm}). A paper
	 * given as digitized whose file is not signed intact is taken as not digitized;
	 * reused warehouse items are marked used and digitized papers deposited in the
	 * applicant's warehouse, in the intake's transaction ({@link ApplicantWarehouse}).
	 */
	public IntakeReceipt receive(IntakeCommand command, String idempotencyKey, Actor actor) {
		IntakeCommand checked = new IntakeCommand(command.procedureCode(), command.agencyCode(), command.channel(),
				command.applicant(), command.representative(), this.signatures.checked(command.documents()));
		AtomicReference<DossierView> received = new AtomicReference<>();
		IntakeReceipt receipt = this.work.receiveAtDesk(checked, idempotencyKey, actor.username(), dossier -> {
			for (SubmittedDocument d : checked.documents()) {
				if (d.documentId() != null) {
					claim(d.documentId(), dossier.code());
				}
			}
			this.warehouse.record(dossier);
			received.set(dossier);
		});
		try {
			// the dossier as the intake saved it; an idempotent repeat ran no intake, and
			// its
			// receipt is there already
			if (received.get() != null) {
				receipt(received.get(), actor);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Receipt of {} not issued now; it will be on its first request", receipt.code(), ex);
		}
		return receipt;
	}

	/**
	 * The printed form of {@code kind} of the dossier, as issued (the same bytes every
	 * time): the receipt of a received dossier is issued once, on its first request if
	 * not at receipt; the control slip as {@link #controlSlip} says; the other forms only
	 * at their transitions.
	 */
	public Optional<IssuedForm> printedForm(DossierView dossier, FormKind kind, Actor by) {
		return switch (kind) {
			case RECEIPT -> dossier.receivedAt() == null ? Optional.empty() : Optional.of(receipt(dossier, by));
			case CONTROL_SLIP -> controlSlip(dossier, by);
			default -> this.forms.find(dossier.code(), kind);
		};
	}

	/**
	 * The dossier's receipt, issued now if it has none yet; the dossier's row is locked
	 * while looking, so two first requests issue one receipt.
	 */
	private IssuedForm receipt(DossierView dossier, Actor by) {
		return this.transaction.execute(status -> {
			this.jdbc.sql("SELECT id FROM dossier WHERE code = :code FOR UPDATE")
				.param("code", dossier.code())
				.query(Long.class)
				.list();
			return this.forms.find(dossier.code(), FormKind.RECEIPT).orElseGet(() -> issueReceipt(dossier, by));
		});
	}

	/**
	 * Digitizes papers of a dossier {@code actor} may see in one action (see
	 * {@link DossierWork#digitize}): each must be signed intact (else
	 * {@code dossier.paper-not-signed}); the signed files are claimed and deposited in
	 * the applicant's warehouse in the same transaction.
	 * @throws RequestRefused 404 {@code dossier.not-found} for a dossier the actor may
	 * not see
	 */
	public DossierView digitize(String code, List<SubmittedDocument> papers, Actor actor) {
		findVisible(code, actor).orElseThrow(() -> RequestRefused.notFound("dossier.not-found"));
		List<SubmittedDocument> checked = this.signatures.checked(papers);
		if (checked.stream().anyMatch(p -> !p.isDigitized())) {
			throw RequestRefused.invalid("dossier.paper-not-signed");
		}
		return this.work.digitize(code, checked, actor.username(), dossier -> {
			checked.forEach(p -> claim(p.documentId(), dossier.code()));
			this.warehouse.record(dossier);
		});
	}

	/**
	 * The applicant's warehouse item {@code itemId} as the paper for the required
	 * document {@code requiredCode} of the procedure (its published version, or
	 * {@code version}): empty when the procedure has no such paper or the item is not the
	 * applicant's or may not be reused for it today ({@link ApplicantWarehouse#reuse}).
	 */
	public Optional<SubmittedDocument> reuse(String procedureCode, Integer version, Applicant applicant,
			String requiredCode, String itemId) {
		if (applicant == null || procedureCode == null || !ProcedureCode.isValid(procedureCode)) {
			return Optional.empty();
		}
		ProcedureCode code = ProcedureCode.of(procedureCode);
		return (version == null ? this.catalog.findPublished(code) : this.catalog.findVersion(code, version))
			.flatMap(p -> p.definition().findRequiredDocument(requiredCode))
			.flatMap(required -> this.warehouse.reuse(applicant, required, itemId));
	}

	/** The dossier, if it exists and {@code actor} may see it. */
	public Optional<DossierView> findVisible(String code, Actor actor) {
		return this.work.find(code).filter(d -> maySee(actor, d));
	}

	/**
	 * Whether {@code actor}'s roles allow {@code action} at all (approval needs the
	 * approver role; the other actions any acting staff role); the dossier's state is
	 * checked by the action itself.
	 */
	public static boolean mayAct(Actor actor, Action action) {
		return action == Action.APPROVE ? actor.has(Role.APPROVER) : ACTING.stream().anyMatch(actor::has);
	}

	/**
	 * Performs one action for {@code actor} on a dossier it may see (see
	 * {@link DossierWork#act}): papers supplied and the result file are claimed, and the
	 * form the transition calls for (the receipt of an online or postal dossier received
	 * at the desk, refusal, supplement request, apology, stop notice) is issued, all in
	 * the action's transaction.
	 */
	public DossierView act(String code, Action action, ActionBody body, Actor actor) {
		return act(code, action, body, actor, after -> {
		});
	}

	/**
	 * Performs one action as {@link #act(String, Action, ActionBody, Actor)} does, and
	 * runs {@code alsoInTransaction} with the dossier after it in the same transaction
	 * (storing a result's structured fields with its draft). Approval signs the result
	 * first (see {@link Results#sign}): its QR and verification code are stamped on it,
	 * the approver signs it with a visible stamp, and the dossier's result becomes the
	 * signed PDF; an approver without a signing key is refused
	 * ({@code result.no-signing-key}) and nothing changes.
	 */
	public DossierView act(String code, Action action, ActionBody body, Actor actor,
			Consumer<DossierView> alsoInTransaction) {
		Results.SignedResult signed = action == Action.APPROVE ? signResult(code, actor) : null;
		ActionBody effective = action != Action.APPROVE ? body
				: new ActionBody(null, null, null, null, null, body.note(), null, null, null, null, null, null,
						signed == null ? null : signed.documentId(), null, null, null);
		return this.work.act(code, action, effective, actor.username(), (before, now) -> {
			if (signed != null) {
				this.results.record(now.code(), signed, actor.username());
			}
			alsoInTransaction.accept(now);
			if (body.documents() != null) {
				body.documents()
					.stream()
					.filter(d -> d.documentId() != null)
					.forEach(d -> claim(d.documentId(), now.code()));
			}
			if (action == Action.FINISH && body.resultDocumentId() != null) {
				claim(body.resultDocumentId(), now.code());
			}
			if (action == Action.SUPPLEMENT) {
				this.warehouse.record(now);
			}
			issueFor(action, before, now, body, actor);
		});
	}

	/**
	 * The drafted result of a dossier awaiting approval, signed by {@code actor}; none
	 * when the dossier is not awaiting approval (the action then refuses the state).
	 */
	private Results.SignedResult signResult(String code, Actor actor) {
		return this.work.find(code)
			.filter(d -> d.status() == DossierStatus.AWAITING_APPROVAL && d.result() != null)
			.map(d -> this.results.sign(d, actor.username()))
			.orElse(null);
	}

	/**
	 * Whether {@code actor} may see the dossier: a province administrator sees all; staff
	 * see their agency's dossiers and those handed to a step of their agency.
	 */
	public static boolean maySee(Actor actor, DossierView dossier) {
		if (actor.has(Role.PROVINCE_ADMIN)) {
			return true;
		}
		if (actor.agency() == null || actor.has(Role.CITIZEN) && actor.roles().size() == 1) {
			return false;
		}
		String agency = actor.agency().value();
		return agency.equals(dossier.agency()) || dossier.steps()
			.stream()
			.anyMatch(s -> s.unit() != null && (s.unit().equals(agency) || s.unit().startsWith(agency + "/")));
	}

	/**
	 * Whether {@code actor} may read the stored document through one of the dossiers
	 * holding it.
	 */
	public boolean mayReadDocument(Actor actor, String documentId) {
		if (actor.agency() == null) {
			return false;
		}
		String agency = actor.agency().value();
		return this.jdbc
			.sql("SELECT COUNT(*) FROM dossier d WHERE d.code IS NOT NULL"
					+ " AND (d.result_document_id = :doc OR EXISTS (SELECT 1 FROM dossier_document dd"
					+ " WHERE dd.dossier_id = d.id AND dd.document_id = :doc))"
					+ " AND (d.agency_code = :agency OR EXISTS (SELECT 1 FROM dossier_step s"
					+ " WHERE s.dossier_id = d.id AND s.agency_code = :agency))")
			.param("doc", documentId)
			.param("agency", agency)
			.query(Long.class)
			.single() > 0;
	}

	/** The dossiers {@code actor} may see matching the filters, newest first, paged. */
	public DossierJson.PageJson list(Actor actor, DossierStatus status, Instant dueBefore, String agency, String q,
			int page, int size) {
		Found found = search(actor, new Criteria(status, dueBefore, agency, q, null, null, null), page, size);
		return new DossierJson.PageJson(
				found.items().stream().map(s -> DossierJson.SummaryJson.of(s, this.zone)).toList(), found.total());
	}

	/**
	 * What staff search dossiers by; every criterion is optional. {@code q} matches the
	 * code or the applicant's name (case-insensitive, in part) or the applicant's ID
	 * number (whole); {@code receivedFrom} and {@code receivedTo} are local dates, both
	 * inclusive.
	 */
	public record Criteria(DossierStatus status, Instant dueBefore, String agency, String q, String procedure,
			LocalDate receivedFrom, LocalDate receivedTo) {

	}

	/** A page of dossiers and how many match in all. */
	public record Found(List<DossierSummary> items, long total) {

	}

	/**
	 * The dossiers {@code actor} may see (as {@link #maySee}) matching {@code criteria},
	 * most recently received first, {@code size} from {@code page} on.
	 */
	public Found search(Actor actor, Criteria criteria, int page, int size) {
		StringBuilder where = new StringBuilder(" FROM dossier d WHERE d.code IS NOT NULL");
		Map<String, Object> params = new LinkedHashMap<>();
		if (!actor.has(Role.PROVINCE_ADMIN)) {
			where.append(" AND (d.agency_code = :mine OR EXISTS (SELECT 1 FROM dossier_step s"
					+ " WHERE s.dossier_id = d.id AND s.agency_code = :mine))");
			params.put("mine", actor.agency() == null ? "" : actor.agency().value());
		}
		if (criteria.agency() != null && !criteria.agency().isBlank()) {
			where.append(" AND d.agency_code = :agency");
			params.put("agency", criteria.agency().strip());
		}
		if (criteria.status() != null) {
			where.append(" AND d.status = :status");
			params.put("status", criteria.status().name());
		}
		if (criteria.dueBefore() != null) {
			where.append(" AND d.due_at < :dueBefore");
			params.put("dueBefore", criteria.dueBefore().atOffset(java.time.ZoneOffset.UTC));
		}
		if (criteria.q() != null && !criteria.q().isBlank()) {
			where.append(
					" AND (LOWER(d.code) LIKE :q OR LOWER(d.applicant_name) LIKE :q OR d.applicant_id_number = :id)");
			params.put("q", "%" + criteria.q().strip().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%");
			params.put("id", criteria.q().strip());
		}
		if (criteria.procedure() != null && !criteria.procedure().isBlank()) {
			where.append(" AND d.procedure_code = :procedure");
			params.put("procedure", criteria.procedure().strip());
		}
		if (criteria.receivedFrom() != null) {
			where.append(" AND d.received_at >= :from");
			params.put("from", criteria.receivedFrom().atStartOfDay(this.zone).toOffsetDateTime());
		}
		if (criteria.receivedTo() != null) {
			where.append(" AND d.received_at < :to");
			params.put("to", criteria.receivedTo().plusDays(1).atStartOfDay(this.zone).toOffsetDateTime());
		}
		long total = this.jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<DossierSummary> items = this.jdbc
			.sql("SELECT d.code, d.procedure_code, d.procedure_version, d.agency_code, d.status, d.applicant_name,"
					+ " d.channel, d.received_at, d.due_at, d.outcome" + where
					+ " ORDER BY d.received_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> new DossierSummary(rs.getString("code"), rs.getString("procedure_code"),
					rs.getInt("procedure_version"), rs.getString("agency_code"),
					DossierStatus.valueOf(rs.getString("status")), rs.getString("applicant_name"),
					org.motcua.dossier.Channel.valueOf(rs.getString("channel")),
					instant(rs.getObject("received_at", OffsetDateTime.class)),
					instant(rs.getObject("due_at", OffsetDateTime.class)),
					rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome"))))
			.list();
		return new Found(items, total);
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	/** The name of the pinned procedure version. */
	public String procedureName(DossierView dossier) {
		return procedure(dossier).map(p -> p.definition().name()).orElse(dossier.procedure().code());
	}

	private Optional<Procedure> procedure(DossierView dossier) {
		return this.catalog.findVersion(ProcedureCode.of(dossier.procedure().code()), dossier.procedure().version());
	}

	/** Claims a stored upload for the dossier, in the caller's transaction. */
	private void claim(String documentId, String dossierCode) {
		this.documents.claim(documentId, "dossier:" + dossierCode);
	}

	/** Whether a document is stored under {@code documentId}. */
	public boolean isStored(String documentId) {
		return documentId != null && documentId.matches("[0-9a-f]{64}") && this.documents.find(documentId).isPresent();
	}

	/** Issues the receipt of a dossier just received at the desk. */
	private IssuedForm issueReceipt(DossierView dossier, Actor by) {
		Optional<Procedure> procedure = procedure(dossier);
		Map<String, RequiredDocument> required = procedure.map(p -> p.definition().requiredDocuments())
			.orElse(List.of())
			.stream()
			.collect(Collectors.toMap(RequiredDocument::code, Function.identity(), (a, b) -> a));
		List<Receipt.Paper> papers = dossier.documents().stream().map(d -> {
			RequiredDocument r = required.get(d.requiredDocumentCode());
			return r == null ? new Receipt.Paper(d.requiredDocumentCode(), 1, true)
					: new Receipt.Paper(r.name(), Math.max(1, r.copies()), r.original());
		}).toList();
		String limit = procedure.map(p -> limit(p.definition().timeLimit())).orElse("");
		Issuer issuer = issuer(dossier, by);
		return this.forms.issue(new Receipt(issuer, facts(dossier), papers, limit, issuer.agencyName()), by.username());
	}

	/** Issues the form a transition calls for, if any. */
	private void issueFor(Action action, DossierView before, DossierView after, ActionBody body, Actor by) {
		switch (action) {
			case RECEIVE -> issueReceipt(after, by);
			case REJECT ->
				this.forms.issue(new Refusal(issuer(after, by), facts(after), body.reasons()), by.username());
			case REQUEST_SUPPLEMENT -> {
				Map<String, String> names = names(after);
				String reason = body.note() == null || body.note().isBlank() ? "Bổ sung theo quy định" : body.note();
				this.forms.issue(new SupplementRequest(issuer(after, by), facts(after),
						body.missing()
							.stream()
							.map(code -> new SupplementRequest.MissingPaper(names.getOrDefault(code, code), reason))
							.toList()),
						by.username());
			}
			case EXTEND -> this.forms.issue(new Apology(issuer(after, by), facts(before), after.dueAt(), body.reason()),
					by.username());
			case STOP ->
				this.forms.issue(new StopNotice(issuer(after, by), facts(after), body.reason()), by.username());
			default -> {
			}
		}
	}

	/**
	 * The control slip: issued on first request from the hand-offs so far, and issued
	 * again when hand-offs were made since the latest one (to the second); otherwise the
	 * latest, with the same bytes.
	 */
	public Optional<IssuedForm> controlSlip(DossierView dossier, Actor by) {
		if (dossier.receivedAt() == null) {
			return Optional.empty();
		}
		List<ControlSlip.HandOff> handOffs = handOffs(dossier);
		Optional<IssuedForm> latest = this.forms.find(dossier.code(), FormKind.CONTROL_SLIP);
		Instant lastHandOff = handOffs.isEmpty() ? null : handOffs.get(handOffs.size() - 1).at();
		if (latest.isPresent() && (lastHandOff == null
				|| !lastHandOff.truncatedTo(ChronoUnit.SECONDS).isAfter(latest.get().issuedAt()))) {
			return latest;
		}
		return Optional.of(this.forms.issue(new ControlSlip(issuer(dossier, by), facts(dossier), handOffs),
				by == null ? "system" : by.username()));
	}

	private List<ControlSlip.HandOff> handOffs(DossierView dossier) {
		List<ControlSlip.HandOff> handOffs = new ArrayList<>();
		List<DossierView.Step> steps = dossier.steps();
		for (int i = 1; i < steps.size(); i++) {
			DossierView.Step from = steps.get(i - 1);
			DossierView.Step to = steps.get(i);
			handOffs.add(new ControlSlip.HandOff(new ControlSlip.Party(unit(from.unit()), from.assignee()),
					new ControlSlip.Party(unit(to.unit()), to.assignee()), to.startedAt(), from.dueAt(),
					from.outcome() == null ? null : ControlSlip.Outcome.valueOf(from.outcome().name()), null));
		}
		return handOffs;
	}

	private static String unit(String unit) {
		return unit == null ? "" : unit;
	}

	private Map<String, String> names(DossierView dossier) {
		return procedure(dossier).map(p -> p.definition().requiredDocuments())
			.orElse(List.of())
			.stream()
			.collect(Collectors.toMap(RequiredDocument::code, RequiredDocument::name, (a, b) -> a));
	}

	private DossierFacts facts(DossierView dossier) {
		var a = dossier.applicant();
		return new DossierFacts(dossier.code(), dossier.procedure().code(), procedureName(dossier),
				new org.motcua.dossier.forms.Applicant(a.name(), a.idNumber(), a.address(), a.phone(), a.email()),
				dossier.receivedAt(), dossier.dueAt());
	}

	private Issuer issuer(DossierView dossier, Actor by) {
		Optional<Agency> agency = this.organization.findAgency(AgencyCode.of(dossier.agency()));
		String name = agency.map(Agency::name).orElse(dossier.agency());
		String place = name.replaceFirst("^(UBND|Ủy ban nhân dân) (tỉnh|huyện|xã|phường|thị trấn|thành phố) ", "");
		return new Issuer(null, name, place, by == null ? "" : by.displayName(), AgencyCode.of(dossier.agency()));
	}

	private static String limit(TimeLimit limit) {
		if (limit == null) {
			return "";
		}
		String amount = limit.amount().stripTrailingZeros().toPlainString();
		amount = amount.length() == 1 ? "0" + amount : amount;
		return amount + (limit.unit() == LimitUnit.WORKING_HOURS ? " giờ làm việc"
				: limit.unit() == LimitUnit.CALENDAR_DAYS ? " ngày" : " ngày làm việc");
	}

}
