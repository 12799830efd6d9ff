package org.motcua.dossier;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.motcua.calendar.LimitUnit;
import org.motcua.catalog.Vnd;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Role;

/**
 * A dossier (hồ sơ): one application for one pinned procedure version, from intake to the
 * returned result.
 *
 * <p>
 * Lifecycle: an online dossier starts as a {@code DRAFT} and is {@code SUBMITTED} (it
 * gets its code); the desk {@code RECEIVED}s it (a desk intake starts there), which
 * starts the statutory clock and sets the due instant from the pinned time limit. It is
 * handed over from step to step of the processing plan ({@code IN_PROCESS}); waits for
 * missing papers or payment stop the clock and push the due instant by the time waited;
 * an extension sets a later due instant before the old one passes. At the plan's last
 * step the result is drafted ({@code AWAITING_APPROVAL}); approval finishes it
 * ({@code FINISHED}: the clock ends, the outcome is set) and the result is returned and
 * rated. Rejection, stopping and withdrawal end the clock without a result. A draft may
 * be withdrawn (the applicant discards it). Every action refuses a state API.md does not
 * allow with {@link IllegalTransition} and records a {@link DossierEvent} and a timeline
 * line. Decree 118/2025 and Circular 03/2025/TT-VPCP.
 *
 * <p>
 * Read-only to other modules: its actions are package-private, reached through
 * {@link DossierWork}.
 */
public class Dossier {

	/**
	 * The events that end a dossier's handling; a dossier has at most one (each refuses a
	 * closed dossier).
	 */
	static final Set<String> ENDING_EVENTS = Set.of("DossierFinished", "Withdrawn", "Stopped", "Rejected");

	/** How a reused paper arrives. */
	static final Set<Provenance> REUSED = EnumSet.of(Provenance.REUSED_PAPER, Provenance.REUSED_RESULT,
			Provenance.NATIONAL_WAREHOUSE);

	Long id;

	long version;

	DossierCode code;

	PinnedProcedure procedure;

	AgencyCode agency;

	String unit;

	Applicant applicant;

	Representative representative;

	Channel channel;

	List<SubmittedDocument> documents = new ArrayList<>();

	DossierStatus status;

	DossierStatus resumeTo;

	Instant createdAt;

	Instant submittedAt;

	Instant receivedAt;

	Instant clockStartedAt;

	Instant clockEndedAt;

	Instant dueAt;

	Instant finishedAt;

	Outcome outcome;

	Instant returnedAt;

	Channel returnedBy;

	int currentStep = -1;

	List<DossierStep> steps = new ArrayList<>();

	List<DossierPause> pauses = new ArrayList<>();

	List<DueChange> dueHistory = new ArrayList<>();

	List<Extension> extensions = new ArrayList<>();

	List<TimelineEntry> timeline = new ArrayList<>();

	int supplementRounds;

	Vnd amountDue;

	String paymentReference;

	String closingReason;

	String resultDocumentId;

	String draftedBy;

	Instant draftedAt;

	String approvedBy;

	Instant approvedAt;

	Rating rating;

	private final transient List<DossierEvent> events = new ArrayList<>();

	transient WorkingTimeRules rules;

	Dossier(WorkingTimeRules rules) {
		this.rules = Objects.requireNonNull(rules, "rules");
	}

	/** A new online draft; mandatory papers may still be missing. */
	static Dossier draft(PinnedProcedure procedure, AgencyCode agency, String unit, Applicant applicant,
			Representative representative, List<SubmittedDocument> documents, String by, Instant now,
			WorkingTimeRules rules) {
		Dossier d = new Dossier(rules);
		d.procedure = Objects.requireNonNull(procedure, "procedure");
		d.agency = Objects.requireNonNull(agency, "agency");
		d.unit = unit;
		d.applicant = Objects.requireNonNull(applicant, "applicant");
		d.representative = representative;
		d.channel = Channel.ONLINE;
		d.documents = new ArrayList<>(documents);
		d.status = DossierStatus.DRAFT;
		d.createdAt = now;
		d.timeline.add(new TimelineEntry(now, "Drafted", by, d.status, unit, null));
		return d;
	}

	/**
	 * A dossier received at the desk (submitted and received at once): refuses it with
	 * {@link MissingDocuments} if a mandatory paper is missing.
	 */
	static Dossier receiveAtDesk(PinnedProcedure procedure, AgencyCode agency, String unit, Channel channel,
			Applicant applicant, Representative representative, List<SubmittedDocument> documents, DossierCode code,
			String by, Instant now, WorkingTimeRules rules) {
		Dossier d = draft(procedure, agency, unit, applicant, representative, documents, by, now, rules);
		d.timeline.clear();
		d.channel = Objects.requireNonNull(channel, "channel");
		d.requireComplete();
		d.code = Objects.requireNonNull(code, "code");
		d.submittedAt = now;
		d.startClock(by, now);
		return d;
	}

	// ---- actions -------------------------------------------------------------

	/** DRAFT → SUBMITTED: the dossier gets its code; refuses missing mandatory papers. */
	void submit(DossierCode code, String by, Instant now) {
		allow(Action.SUBMIT, DossierStatus.DRAFT);
		requireComplete();
		this.code = Objects.requireNonNull(code, "code");
		this.submittedAt = now;
		this.status = DossierStatus.SUBMITTED;
		record(f -> new DossierSubmitted(f, by, now, this.applicant.verified()), "DossierSubmitted", by, now, null);
	}

	/** SUBMITTED → RECEIVED: the clock starts. */
	void receive(String by, Instant now) {
		allow(Action.RECEIVE, DossierStatus.SUBMITTED);
		startClock(by, now);
	}

	/** SUBMITTED, or RECEIVED before any hand-over → REJECTED, with reasons. */
	void reject(List<String> reasons, String by, Instant now) {
		allow(Action.REJECT, DossierStatus.SUBMITTED, DossierStatus.RECEIVED);
		if (this.status == DossierStatus.RECEIVED && this.steps.size() > 1) {
			throw new IllegalTransition(Action.REJECT, this.status, "already handed over");
		}
		if (reasons == null || reasons.isEmpty() || reasons.stream().anyMatch(r -> r == null || r.isBlank())) {
			throw new IllegalArgumentException("A rejection gives its reasons");
		}
		this.closingReason = String.join("\n", reasons);
		endClock(now);
		this.status = DossierStatus.REJECTED;
		record(f -> new Rejected(f, by, now, List.copyOf(reasons)), "Rejected", by, now, this.closingReason);
	}

	/**
	 * RECEIVED or IN_PROCESS → IN_PROCESS at {@code toStep} (default the plan's next
	 * step), optionally at another agency, department or officer. The ended step gets its
	 * outcome against its own due instant.
	 */
	void handOver(Integer toStep, String toAgency, String toDepartment, String toAccount, String note, String by,
			Instant now) {
		allow(Action.HAND_OVER, DossierStatus.RECEIVED, DossierStatus.IN_PROCESS);
		int target = toStep == null ? this.currentStep + 1 : toStep;
		if (target < 0 || target >= this.procedure.plan().size()) {
			throw new IllegalTransition(Action.HAND_OVER, this.status, "no step " + target + " in the plan");
		}
		if (target == this.currentStep && toAccount == null && toDepartment == null && toAgency == null) {
			throw new IllegalTransition(Action.HAND_OVER, this.status, "already at step " + target);
		}
		int from = this.currentStep;
		Outcome ended = endStep(now);
		startStep(target, toAgency, toDepartment, toAccount, now);
		this.status = DossierStatus.IN_PROCESS;
		DossierStep step = currentRun();
		record(f -> new HandedOver(f, by, now, from, target, step.name(), step.agency(), step.department(),
				step.assignee(), ended, note), "HandedOver", by, now, note);
	}

	/** IN_PROCESS → IN_PROCESS at the step (and officer) that handed it over. */
	void returnToPrevious(String note, String by, Instant now) {
		allow(Action.RETURN_TO_PREVIOUS, DossierStatus.IN_PROCESS);
		if (this.steps.size() < 2) {
			throw new IllegalTransition(Action.RETURN_TO_PREVIOUS, this.status, "no previous step");
		}
		DossierStep previous = this.steps.get(this.steps.size() - 2);
		int from = this.currentStep;
		Outcome ended = endStep(now);
		startStep(previous.planIndex(), previous.agency(), previous.department(), previous.assignee(), now);
		record(f -> new ReturnedToPreviousStep(f, by, now, from, previous.planIndex(), ended, note),
				"ReturnedToPreviousStep", by, now, note);
	}

	/**
	 * RECEIVED or IN_PROCESS → AWAITING_SUPPLEMENT: every missing paper at once, each a
	 * required document of the pinned procedure. The clock stands still.
	 */
	void requestSupplement(List<String> missing, String note, String by, Instant now) {
		allow(Action.REQUEST_SUPPLEMENT, DossierStatus.RECEIVED, DossierStatus.IN_PROCESS);
		if (missing == null || missing.isEmpty()) {
			throw new IllegalArgumentException("A supplement request lists the missing papers");
		}
		List<String> unknown = missing.stream().filter(c -> !this.procedure.requiredDocuments().contains(c)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Not required documents of the procedure: " + unknown);
		}
		pause(DueChange.Why.SUPPLEMENT_WAIT, DossierStatus.AWAITING_SUPPLEMENT, now);
		this.supplementRounds++;
		record(f -> new SupplementRequested(f, by, now, List.copyOf(missing), note, this.supplementRounds),
				"SupplementRequested", by, now, note);
	}

	/**
	 * AWAITING_SUPPLEMENT → back where it was; the due instant moves by the time waited.
	 */
	void supplement(List<SubmittedDocument> supplied, String by, Instant now) {
		allow(Action.SUPPLEMENT, DossierStatus.AWAITING_SUPPLEMENT);
		if (supplied == null || supplied.isEmpty()) {
			throw new IllegalArgumentException("A supplement brings papers");
		}
		for (SubmittedDocument document : supplied) {
			this.documents.removeIf(d -> d.requiredDocumentCode().equals(document.requiredDocumentCode()));
			this.documents.add(document);
		}
		Instant previous = resume(now);
		record(f -> new SupplementProvided(f, by, now,
				supplied.stream().map(SubmittedDocument::requiredDocumentCode).toList(), previous),
				"SupplementProvided", by, now, null);
	}

	/** IN_PROCESS → AWAITING_PAYMENT of a positive amount; the clock stands still. */
	void requestPayment(Vnd amount, String note, String by, Instant now) {
		allow(Action.REQUEST_PAYMENT, DossierStatus.IN_PROCESS);
		if (amount == null || amount.amount().signum() <= 0) {
			throw new IllegalArgumentException("A payment request has a positive amount");
		}
		this.amountDue = amount;
		pause(DueChange.Why.PAYMENT_WAIT, DossierStatus.AWAITING_PAYMENT, now);
		record(f -> new PaymentRequested(f, by, now, amount.amount(), note), "PaymentRequested", by, now, note);
	}

	/** AWAITING_PAYMENT → IN_PROCESS; the due instant moves by the time waited. */
	void confirmPayment(String reference, String by, Instant now) {
		allow(Action.CONFIRM_PAYMENT, DossierStatus.AWAITING_PAYMENT);
		this.paymentReference = reference;
		Instant previous = resume(now);
		record(f -> new PaymentConfirmed(f, by, now, reference, previous), "PaymentConfirmed", by, now, reference);
	}

	/**
	 * RECEIVED or IN_PROCESS, before the due instant: a later due instant, with the
	 * apology's reason. Decree 118/2025, Art. 23.
	 */
	void extend(Instant newDueAt, String reason, String by, Instant now) {
		allow(Action.EXTEND, DossierStatus.RECEIVED, DossierStatus.IN_PROCESS);
		if (!now.isBefore(this.dueAt)) {
			throw new IllegalTransition(Action.EXTEND, this.status, "the due instant has passed");
		}
		if (newDueAt == null || !newDueAt.isAfter(this.dueAt)) {
			throw new DossierRefused("dossier.extension-not-later",
					"An extension sets a due instant later than the current one");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("An extension gives its reason");
		}
		Instant previous = this.dueAt;
		this.dueHistory.add(new DueChange(DueChange.Why.EXTENSION, now, previous, newDueAt));
		this.extensions.add(new Extension(now, by, newDueAt, reason, null));
		this.dueAt = newDueAt;
		record(f -> new Extended(f, by, now, previous, reason), "Extended", by, now, reason);
	}

	/** RECEIVED, IN_PROCESS or a wait → STOPPED, with the reason; the clock ends. */
	void stop(String reason, String by, Instant now) {
		allow(Action.STOP, DossierStatus.RECEIVED, DossierStatus.IN_PROCESS, DossierStatus.AWAITING_SUPPLEMENT,
				DossierStatus.AWAITING_PAYMENT);
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A stop gives its reason");
		}
		this.closingReason = reason;
		closePause(now);
		endStep(now);
		endClock(now);
		this.status = DossierStatus.STOPPED;
		record(f -> new Stopped(f, by, now, reason), "Stopped", by, now, reason);
	}

	/**
	 * Any state before FINISHED except REJECTED, STOPPED (and WITHDRAWN) → WITHDRAWN; a
	 * draft may be withdrawn (discarded). The clock ends.
	 */
	void withdraw(String note, String by, Instant now) {
		allow(Action.WITHDRAW, DossierStatus.DRAFT, DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
				DossierStatus.IN_PROCESS, DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.AWAITING_PAYMENT,
				DossierStatus.AWAITING_APPROVAL);
		closePause(now);
		endStep(now);
		endClock(now);
		this.status = DossierStatus.WITHDRAWN;
		record(f -> new Withdrawn(f, by, now, note), "Withdrawn", by, now, note);
	}

	/** IN_PROCESS at the plan's last step → AWAITING_APPROVAL with the drafted result. */
	void finish(String resultDocumentId, String by, Instant now) {
		allow(Action.FINISH, DossierStatus.IN_PROCESS);
		if (this.currentStep != this.procedure.plan().size() - 1) {
			throw new IllegalTransition(Action.FINISH, this.status, "not at the plan's last step");
		}
		if (resultDocumentId == null || !resultDocumentId.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("A result is a stored document (SHA-256)");
		}
		this.resultDocumentId = resultDocumentId;
		this.draftedBy = by;
		this.draftedAt = now;
		this.status = DossierStatus.AWAITING_APPROVAL;
		record(f -> new ResultDrafted(f, by, now, resultDocumentId), "ResultDrafted", by, now, null);
	}

	/** AWAITING_APPROVAL → FINISHED, the result as drafted. */
	void approve(String approver, Instant now) {
		approve(approver, now, null);
	}

	/**
	 * AWAITING_APPROVAL → FINISHED: the clock ends and decides the outcome; the result
	 * becomes {@code signedResultId} (the drafted result as the approver signed it) when
	 * given.
	 */
	void approve(String approver, Instant now, String signedResultId) {
		allow(Action.APPROVE, DossierStatus.AWAITING_APPROVAL);
		if (signedResultId != null) {
			if (!signedResultId.matches("[0-9a-f]{64}")) {
				throw new IllegalArgumentException("A result is a stored document (SHA-256)");
			}
			this.resultDocumentId = signedResultId;
		}
		this.approvedBy = approver;
		this.approvedAt = now;
		this.finishedAt = now;
		endStep(now);
		endClock(now);
		this.outcome = Outcome.of(now, this.dueAt, this.rules.zone());
		this.status = DossierStatus.FINISHED;
		record(f -> new DossierFinished(f, approver, now, this.resultDocumentId), "DossierFinished", approver, now,
				null);
	}

	/**
	 * Records on the timeline, without changing the state, that an officer certified an
	 * electronic copy of the paper {@code requiredDocumentCode} from its original.
	 */
	void certifyCopy(String requiredDocumentCode, String copyDocumentId, String by, Instant now) {
		if (this.code == null) {
			throw new IllegalTransition(Action.SUBMIT, this.status, "a draft has no papers to certify");
		}
		record(f -> new CopyCertified(f, by, now, requiredDocumentCode, copyDocumentId), "CopyCertified", by, now,
				requiredDocumentCode);
	}

	/** FINISHED → RESULT_RETURNED, at the desk, online or by post. */
	void returnResult(Channel how, String by, Instant now) {
		allow(Action.RETURN_RESULT, DossierStatus.FINISHED);
		this.returnedBy = Objects.requireNonNull(how, "how");
		this.returnedAt = now;
		this.status = DossierStatus.RESULT_RETURNED;
		record(f -> new ResultReturned(f, by, now, how), "ResultReturned", by, now, how.name());
	}

	/** RESULT_RETURNED, once: the applicant's rating 1..5. */
	void rate(int score, String comment, String by, Instant now) {
		allow(Action.RATE, DossierStatus.RESULT_RETURNED);
		if (this.rating != null) {
			throw new IllegalTransition(Action.RATE, this.status, "already rated");
		}
		this.rating = new Rating(score, comment, now);
		record(f -> new Rated(f, by, now, score, comment), "Rated", by, now, comment);
	}

	/**
	 * RECEIVED or IN_PROCESS, with an open step: gives the current step to {@code to},
	 * who must work where the step is done (its agency and department). A department's
	 * head of that unit assigns (or reassigns) it; an officer of that unit claims it for
	 * themselves ({@code to} is {@code by}) while nobody else has it. The status stays.
	 */
	void assign(StaffMember to, StaffMember by, String note, Instant now) {
		allow(Action.ASSIGN, DossierStatus.RECEIVED, DossierStatus.IN_PROCESS);
		DossierStep run = currentRun();
		if (run == null || !run.isOpen()) {
			throw new IllegalTransition(Action.ASSIGN, this.status, "no open step");
		}
		String where = run.agency() + (run.department() == null ? "" : "/" + run.department());
		if (!to.worksAt(run)) {
			throw new DossierRefused("dossier.assignee-outside-unit", to.username() + " does not work at " + where,
					to.username(), where);
		}
		boolean claimed = to.username().equals(by.username());
		if (to.username().equals(run.assignee()) || claimed && run.assignee() != null) {
			throw new DossierRefused("dossier.step-taken", "The step is already " + run.assignee() + "'s",
					run.assignee());
		}
		if (!claimed && !(by.roles().contains(Role.DEPARTMENT_HEAD) && by.worksAt(run))) {
			throw new DossierRefused("dossier.not-department-head",
					by.username() + " is not the head of " + where + " and may only claim", where);
		}
		this.steps.set(this.steps.size() - 1, run.assigned(to.username()));
		record(f -> new StepAssigned(f, by.username(), now, run.planIndex(), run.name(), run.agency(), run.department(),
				to.username(), run.assignee(), claimed, note), "StepAssigned", by.username(), now,
				note == null || note.isBlank() ? to.username() : to.username() + ": " + note);
	}

	/**
	 * A received dossier whose clock runs: its papers in {@code digitized}, each given
	 * before without being digitized, become digitized (metadata and the officer's
	 * signature), in one action. Refuses a dossier not received or already ended
	 * ({@code dossier.not-digitizable}), and a paper that is not digitized, not among the
	 * dossier's papers or already digitized or reused ({@link IllegalArgumentException}).
	 */
	void digitize(List<SubmittedDocument> digitized, String by, Instant now) {
		if (this.receivedAt == null || this.clockEndedAt != null) {
			throw new DossierRefused("dossier.not-digitizable",
					"Only a received dossier still in handling has its papers digitized", this.status);
		}
		if (digitized == null || digitized.isEmpty()) {
			throw new IllegalArgumentException("Digitizing names the papers");
		}
		List<String> codes = new ArrayList<>();
		for (SubmittedDocument paper : digitized) {
			if (!paper.isDigitized()) {
				throw new IllegalArgumentException("Not digitized: " + paper.requiredDocumentCode());
			}
			int at = -1;
			for (int i = 0; i < this.documents.size(); i++) {
				if (this.documents.get(i).requiredDocumentCode().equals(paper.requiredDocumentCode())) {
					at = i;
				}
			}
			if (at < 0 || this.documents.get(at).provenance() != Provenance.NOT_DIGITIZED
					|| codes.contains(paper.requiredDocumentCode())) {
				throw new IllegalArgumentException(
						"Not a paper of the dossier waiting to be digitized: " + paper.requiredDocumentCode());
			}
			this.documents.set(at, paper);
			codes.add(paper.requiredDocumentCode());
		}
		int inAll = (int) this.documents.stream().filter(SubmittedDocument::isDigitized).count();
		record(f -> new PapersDigitized(f, by, now, codes, codes.size(), inAll, this.documents.size()),
				"PapersDigitized", by, now, String.join(", ", codes));
	}

	// ---- queries ---------------------------------------------------------------

	/**
	 * In the national index, a dossier needing more than one supplement request is late.
	 */
	public boolean countsLateInNationalIndex() {
		return countsLate(this.outcome, this.supplementRounds);
	}

	static boolean countsLate(Outcome outcome, int supplementRounds) {
		return outcome == Outcome.LATE || supplementRounds > 1;
	}

	/** Whether the clock runs and the due instant has passed. */
	public boolean isOverdue(Instant now) {
		return this.clockEndedAt == null && this.dueAt != null && now.isAfter(this.dueAt) && !isWaiting();
	}

	public boolean isWaiting() {
		return this.status == DossierStatus.AWAITING_SUPPLEMENT || this.status == DossierStatus.AWAITING_PAYMENT;
	}

	/** The dossier as its events describe it. */
	public DossierFacts facts() {
		return new DossierFacts(this.code == null ? null : this.code.value(), this.procedure.code(),
				this.procedure.version(), this.agency.value(), this.unit, this.channel, this.applicant.kind(),
				this.applicant.idType(), this.applicant.idLastFour(), this.status, this.status.nationalCode(),
				this.submittedAt, this.receivedAt, this.dueAt, this.finishedAt, this.returnedAt, this.outcome,
				this.supplementRounds, countsLateInNationalIndex(), counts());
	}

	/**
	 * What the statistics count of the dossier (see {@link DossierFacts.Counts}); the
	 * bulk read of {@code Dossiers.receivedFacts} computes the same in SQL.
	 */
	private DossierFacts.Counts counts() {
		int digitized = 0;
		int reused = 0;
		for (SubmittedDocument paper : this.documents) {
			if (paper.provenance() != Provenance.NOT_DIGITIZED) {
				digitized++;
			}
			if (REUSED.contains(paper.provenance())) {
				reused++;
			}
		}
		Instant ended = null;
		Instant last = null;
		for (TimelineEntry entry : this.timeline) {
			if (ended == null && ENDING_EVENTS.contains(entry.type())) {
				ended = entry.at();
			}
			if (last == null || entry.at().isAfter(last)) {
				last = entry.at();
			}
		}
		if (ended == null && this.status.isClosed()) {
			ended = this.finishedAt;
		}
		return new DossierFacts.Counts(this.documents.size(), digitized, reused, this.resultDocumentId != null,
				this.applicant.verified(), this.rating == null ? null : this.rating.score(), ended,
				last == null ? Instant.EPOCH : last, this.timeline.size());
	}

	/** The events recorded since the last save. */
	public List<DossierEvent> events() {
		return Collections.unmodifiableList(this.events);
	}

	void clearEvents() {
		this.events.clear();
	}

	public DossierCode code() {
		return this.code;
	}

	public DossierStatus status() {
		return this.status;
	}

	public Instant dueAt() {
		return this.dueAt;
	}

	public Instant receivedAt() {
		return this.receivedAt;
	}

	public Instant finishedAt() {
		return this.finishedAt;
	}

	public Instant clockEndedAt() {
		return this.clockEndedAt;
	}

	public Outcome outcome() {
		return this.outcome;
	}

	public PinnedProcedure procedure() {
		return this.procedure;
	}

	public AgencyCode agency() {
		return this.agency;
	}

	public Applicant applicant() {
		return this.applicant;
	}

	public Channel channel() {
		return this.channel;
	}

	public List<DossierStep> steps() {
		return List.copyOf(this.steps);
	}

	public List<DueChange> dueHistory() {
		return List.copyOf(this.dueHistory);
	}

	public List<DossierPause> pauses() {
		return List.copyOf(this.pauses);
	}

	public List<SubmittedDocument> documents() {
		return List.copyOf(this.documents);
	}

	public List<TimelineEntry> timeline() {
		return List.copyOf(this.timeline);
	}

	public int supplementRounds() {
		return this.supplementRounds;
	}

	public int currentStep() {
		return this.currentStep;
	}

	// ---- the clock -------------------------------------------------------------

	private void startClock(String by, Instant now) {
		this.receivedAt = now;
		this.clockStartedAt = this.rules.clockStart(now);
		this.dueAt = this.rules.dueAt(now, this.procedure.limit());
		this.dueHistory.add(new DueChange(DueChange.Why.RECEIVED, now, null, this.dueAt));
		this.status = DossierStatus.RECEIVED;
		if (!this.procedure.plan().isEmpty()) {
			startStep(0, null, null, by, now);
		}
		record(f -> new DossierReceived(f, by, now, this.applicant.verified()), "DossierReceived", by, now, null);
	}

	private void endClock(Instant now) {
		if (this.clockEndedAt == null) {
			this.clockEndedAt = now;
		}
	}

	private void pause(DueChange.Why why, DossierStatus waiting, Instant now) {
		this.pauses.add(new DossierPause(why, now, null));
		this.resumeTo = this.status;
		this.status = waiting;
	}

	private DossierPause closePause(Instant now) {
		int last = this.pauses.size() - 1;
		if (last < 0 || this.pauses.get(last).to() != null) {
			return null;
		}
		DossierPause closed = this.pauses.get(last).closed(now);
		this.pauses.set(last, closed);
		return closed;
	}

	/** Ends the open wait, pushes the due instants by its length, returns the old due. */
	private Instant resume(Instant now) {
		DossierPause pause = closePause(now);
		Instant previous = this.dueAt;
		this.dueAt = push(previous, pause.from(), now);
		this.dueHistory.add(new DueChange(pause.why(), now, previous, this.dueAt));
		DossierStep run = currentRun();
		if (run != null && run.isOpen() && run.dueAt() != null) {
			this.steps.set(this.steps.size() - 1, run.due(push(run.dueAt(), pause.from(), now)));
		}
		this.status = this.resumeTo == null ? DossierStatus.IN_PROCESS : this.resumeTo;
		this.resumeTo = null;
		return previous;
	}

	/**
	 * A due instant pushed by a wait: by its working time for working-day and
	 * working-hour limits, by its calendar time for calendar-day limits (then off
	 * non-working days, ADR 002).
	 */
	private Instant push(Instant due, Instant from, Instant to) {
		Instant start = from.isBefore(this.clockStartedAt) ? this.clockStartedAt : from;
		if (!to.isAfter(start)) {
			return due;
		}
		if (this.procedure.limit().unit() == LimitUnit.CALENDAR_DAYS) {
			ZonedDateTime moved = due.plus(Duration.between(start, to)).atZone(this.rules.zone());
			while (!this.rules.isWorkingDay(moved.toLocalDate())) {
				moved = moved.plusDays(1);
			}
			return moved.toInstant();
		}
		return this.rules.addWorkingTime(due, this.rules.workingTimeBetween(start, to));
	}

	private void startStep(int index, String toAgency, String toDepartment, String assignee, Instant now) {
		PlannedStep planned = this.procedure.plan().get(index);
		String agencyCode = toAgency != null ? toAgency
				: planned.agency() != null ? planned.agency() : this.agency.value();
		String department = toDepartment != null ? toDepartment : planned.department();
		this.steps.add(new DossierStep(index, planned.name(), agencyCode, department, assignee, now,
				stepDue(now, planned.hours()), null, null));
		this.currentStep = index;
	}

	private Instant stepDue(Instant start, BigDecimal hours) {
		if (hours == null) {
			return null;
		}
		Duration share = Duration.ofSeconds(hours.multiply(BigDecimal.valueOf(3600)).longValue());
		if (this.procedure.limit().unit() == LimitUnit.CALENDAR_DAYS) {
			return start.plus(share);
		}
		return this.rules.addWorkingTime(this.rules.clockStart(start), share);
	}

	private Outcome endStep(Instant now) {
		DossierStep run = currentRun();
		if (run == null || !run.isOpen()) {
			return null;
		}
		DossierStep ended = run.ended(now, this.rules.zone());
		this.steps.set(this.steps.size() - 1, ended);
		return ended.outcome();
	}

	private DossierStep currentRun() {
		return this.steps.isEmpty() ? null : this.steps.get(this.steps.size() - 1);
	}

	// ---- guards and records ------------------------------------------------------

	private void allow(Action action, DossierStatus... allowed) {
		Set<DossierStatus> set = EnumSet.noneOf(DossierStatus.class);
		set.addAll(List.of(allowed));
		if (!set.contains(this.status)) {
			throw new IllegalTransition(action, this.status, null);
		}
	}

	private void requireComplete() {
		List<String> missing = this.procedure.missing(this.documents);
		if (!missing.isEmpty()) {
			throw new MissingDocuments(missing);
		}
	}

	/**
	 * Adds the timeline line first, then the event made from the facts after it: an
	 * event's facts are the dossier as it stands after that event, history included
	 * (several events of one transaction each carry their own).
	 */
	private void record(Function<DossierFacts, DossierEvent> event, String type, String by, Instant now, String note) {
		DossierStep run = currentRun();
		String where = run != null && run.isOpen()
				? run.agency() + (run.department() == null ? "" : "/" + run.department()) : this.unit;
		this.timeline.add(new TimelineEntry(now, type, by, this.status, where, note));
		this.events.add(event.apply(facts()));
	}

}
