package org.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.motcua.account.StaffAccount;
import org.motcua.account.StaffDirectory;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.RequiredDocument;
import org.motcua.organization.Agency;
import org.motcua.organization.Organization;
import org.motcua.shared.AgencyCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Intake and processing of dossiers: what the desk, the officers, the API and the pages
 * do with them. Every answer is a record; every change is one transaction that saves the
 * dossier and publishes its events. Its instants are whole microseconds, as the database
 * keeps them, so an event's facts are the dossier as read back.
 */
@Service
public class DossierWork {

	private final Dossiers dossiers;

	private final CodeSequence codes;

	private final IdempotencyKeys keys;

	private final Catalog catalog;

	private final Organization organization;

	private final WorkingTimeRules rules;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate pages;

	private final StaffDirectory staff;

	private final DeskLists desk;

	DossierWork(Dossiers dossiers, CodeSequence codes, IdempotencyKeys keys, Catalog catalog, Organization organization,
			WorkingTimeRules rules, Clock clock, PlatformTransactionManager transactions, StaffDirectory staff,
			DeskLists desk) {
		this.staff = staff;
		this.dossiers = dossiers;
		this.desk = desk;
		this.codes = codes;
		this.keys = keys;
		this.catalog = catalog;
		this.organization = organization;
		this.rules = rules;
		this.clock = Clock.tick(clock, Duration.ofNanos(1000));
		this.transaction = new TransactionTemplate(transactions);
		this.pages = new TransactionTemplate(transactions);
		this.pages.setReadOnly(true);
		this.pages.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * Receives a dossier at the desk: pins the procedure's published version, refuses
	 * missing mandatory papers ({@link MissingDocuments}, listing them all), an unknown
	 * procedure or agency, or an agency that does not apply a procedure that is not
	 * cross-boundary ({@link DossierRefused}); assigns the code and the due instant. With
	 * an {@code idempotencyKey}, the same key and request answer the first answer and
	 * create nothing; the same key with another request is refused
	 * ({@code dossier.idempotency-conflict}).
	 */
	public IntakeReceipt receiveAtDesk(IntakeCommand command, String idempotencyKey, String by) {
		return receiveAtDesk(command, idempotencyKey, by, receipt -> {
		});
	}

	/**
	 * Receives a dossier at the desk as
	 * {@link #receiveAtDesk(IntakeCommand, String, String)} does, and runs
	 * {@code alsoInTransaction} with the new dossier in the intake's transaction
	 * (claiming its papers, issuing its receipt): a failure there leaves no dossier. Not
	 * run when an idempotent repeat answers the first answer.
	 */
	public IntakeReceipt receiveAtDesk(IntakeCommand command, String idempotencyKey, String by,
			Consumer<DossierView> alsoInTransaction) {
		if (idempotencyKey == null) {
			return this.transaction.execute(status -> {
				Dossier dossier = intake(command, by, true);
				alsoInTransaction.accept(DossierView.of(dossier));
				return receipt(dossier);
			});
		}
		String hash = hash(command);
		Optional<IntakeReceipt> earlier = earlierAnswer(idempotencyKey, hash);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		try {
			return this.transaction.execute(status -> {
				Dossier dossier = intake(command, by, true);
				alsoInTransaction.accept(DossierView.of(dossier));
				IntakeReceipt receipt = receipt(dossier);
				this.keys.remember(idempotencyKey, hash, receipt, this.clock.instant());
				return receipt;
			});
		}
		catch (DuplicateKeyException ex) {
			return earlierAnswer(idempotencyKey, hash).orElseThrow(() -> ex);
		}
	}

	/**
	 * Files a dossier online or by post: created as a draft and submitted at once
	 * ({@code SUBMITTED}, code assigned, the clock not started); the same refusals as at
	 * the desk.
	 */
	public IntakeReceipt submitOnline(IntakeCommand command, String by) {
		return this.transaction.execute(status -> receipt(intake(command, by, false)));
	}

	/**
	 * Performs one action of API.md on a dossier and answers the whole dossier; refuses
	 * an unknown code ({@code dossier.not-found}), an action its state does not allow
	 * ({@link IllegalTransition}) and a bad body ({@link IllegalArgumentException}).
	 * {@code ASSIGN} gives the current step to {@code toAccount} (absent: {@code by}
	 * claims it), both read from the staff directory; it refuses an unknown or disabled
	 * account ({@code dossier.unknown-officer}), one outside the step's unit
	 * ({@code dossier.assignee-outside-unit}), a step already theirs or, for a claim,
	 * someone else's ({@code dossier.step-taken}), and an assignment by anyone but the
	 * head of the step's department ({@code dossier.not-department-head}).
	 */
	public DossierView act(String code, Action action, ActionBody body, String by) {
		return act(code, action, body, by, (before, after) -> {
		});
	}

	/**
	 * Performs one action as {@link #act(String, Action, ActionBody, String)} does, and
	 * runs {@code alsoInTransaction} with the dossier before and after it in the same
	 * transaction (issuing the form of the transition, claiming papers): a failure there
	 * undoes the action.
	 */
	public DossierView act(String code, Action action, ActionBody body, String by,
			BiConsumer<DossierView, DossierView> alsoInTransaction) {
		return this.transaction.execute(status -> {
			Dossier dossier = load(code);
			DossierView before = DossierView.of(dossier);
			Instant now = this.clock.instant();
			if (action == Action.SUBMIT) {
				dossier.submit(this.codes.next(dossier.agency, now.atZone(this.rules.zone()).toLocalDate()), by, now);
			}
			else {
				Actions.perform(dossier, action, body, by, now, this::member);
			}
			this.dossiers.save(dossier);
			DossierView after = DossierView.of(dossier);
			alsoInTransaction.accept(before, after);
			return after;
		});
	}

	/**
	 * Records on a dossier's timeline (and as a {@link CopyCertified} event) that
	 * {@code by} certified an electronic copy of its paper {@code requiredDocumentCode},
	 * and runs {@code alsoInTransaction} in the same transaction (recording the copy);
	 * the state does not change. Refuses an unknown code ({@code dossier.not-found}) and
	 * a paper the dossier does not hold ({@code dossier.unknown-paper}).
	 */
	public DossierView certifyCopy(String code, String requiredDocumentCode, String copyDocumentId, String by,
			Runnable alsoInTransaction) {
		return this.transaction.execute(status -> {
			Dossier dossier = load(code);
			if (dossier.documents.stream().noneMatch(d -> d.requiredDocumentCode().equals(requiredDocumentCode))) {
				throw new DossierRefused("dossier.unknown-paper", "No paper " + requiredDocumentCode,
						requiredDocumentCode);
			}
			dossier.certifyCopy(requiredDocumentCode, copyDocumentId, by, this.clock.instant());
			this.dossiers.save(dossier);
			alsoInTransaction.run();
			return DossierView.of(dossier);
		});
	}

	/**
	 * Digitizes papers of a received dossier in one action (see {@link Dossier#digitize})
	 * and runs {@code alsoInTransaction} with the dossier after it in the same
	 * transaction (claiming the signed files, depositing them in the owner's warehouse):
	 * a failure there undoes it. Refuses an unknown code ({@code dossier.not-found}).
	 */
	public DossierView digitize(String code, List<SubmittedDocument> papers, String by,
			Consumer<DossierView> alsoInTransaction) {
		return this.transaction.execute(status -> {
			Dossier dossier = load(code);
			dossier.digitize(papers, by, this.clock.instant());
			this.dossiers.save(dossier);
			DossierView after = DossierView.of(dossier);
			alsoInTransaction.accept(after);
			return after;
		});
	}

	/**
	 * The answer given to the intake made with {@code idempotencyKey}, if one was: lets a
	 * page that signs papers before receiving answer a repeated submission without
	 * signing them again.
	 */
	public Optional<IntakeReceipt> findAnswer(String idempotencyKey) {
		return idempotencyKey == null || idempotencyKey.isBlank() ? Optional.empty()
				: this.keys.find(idempotencyKey.strip()).map(entry -> entry.answer());
	}

	/** The whole dossier, or empty for an unknown or malformed code. */
	public Optional<DossierView> find(String code) {
		if (!DossierCode.isValid(code)) {
			return Optional.empty();
		}
		return this.dossiers.find(DossierCode.parse(code)).map(DossierView::of);
	}

	/**
	 * The facts of the dossier as it stands (those its last event carried), or empty for
	 * an unknown or malformed code.
	 */
	public Optional<DossierFacts> findFacts(String code) {
		if (!DossierCode.isValid(code)) {
			return Optional.empty();
		}
		return this.dossiers.find(DossierCode.parse(code)).map(Dossier::facts);
	}

	/**
	 * Hands {@code batch} the facts of every dossier ever received (refused ones after
	 * receipt included), each as its last event carried them, in pages of at most
	 * {@code size} (1 to 10,000) in the order the dossiers were created; answers how
	 * many. Each page is read in a few set-based queries, in a read-only transaction of
	 * its own: a bulk read for rebuilding read models, not a snapshot of all dossiers at
	 * one instant.
	 */
	public long eachReceived(int size, Consumer<List<DossierFacts>> batch) {
		int limit = Math.min(Math.max(size, 1), 10_000);
		long after = 0;
		long handed = 0;
		while (true) {
			long from = after;
			List<Dossiers.KeyedFacts> page = this.pages.execute(status -> this.dossiers.receivedFacts(from, limit));
			if (page.isEmpty()) {
				return handed;
			}
			batch.accept(page.stream().map(Dossiers.KeyedFacts::facts).toList());
			handed += page.size();
			if (page.size() < limit) {
				return handed;
			}
			after = page.get(page.size() - 1).id();
		}
	}

	/** The dossiers matching the query, most recently received first. */
	public List<DossierSummary> search(DossierQuery query) {
		return this.dossiers.search(query);
	}

	/**
	 * The dossiers whose applicant or representative has the ID number {@code idNumber}
	 * (a personal ID, tax code or passport number), newest first, at most {@code limit}
	 * (1 to 500); none for a blank number.
	 */
	public List<DossierSummary> findOfParty(String idNumber, int limit) {
		if (idNumber == null || idNumber.isBlank()) {
			return List.of();
		}
		return this.dossiers.ofParty(idNumber.strip().toUpperCase(java.util.Locale.ROOT), limit);
	}

	/**
	 * The applicant of the latest dossier filed with this ID number (any ID type), as
	 * given then; empty when there is none or the number is blank.
	 */
	public Optional<Applicant> findKnownApplicant(String idNumber) {
		if (idNumber == null || idNumber.isBlank()) {
			return Optional.empty();
		}
		return this.desk.latestApplicant(idNumber.strip().toUpperCase(java.util.Locale.ROOT));
	}

	/**
	 * The applicant of a dossier as filed (one row read, for those that only need to
	 * reach the applicant); empty for an unknown or malformed code.
	 */
	public Optional<Applicant> findApplicant(String code) {
		if (!DossierCode.isValid(code)) {
			return Optional.empty();
		}
		return this.desk.applicantOf(DossierCode.parse(code));
	}

	/**
	 * The online and postal dossiers submitted to {@code agency} and waiting for its desk
	 * to receive them ({@code SUBMITTED}), oldest submission first, at most
	 * {@code limit}.
	 */
	public List<DossierLine> findWaitingAtDesk(AgencyCode agency, int limit) {
		return this.desk.waiting(agency, Math.max(1, limit));
	}

	/**
	 * The dossiers {@code agency} received from {@code from} (inclusive) to {@code to}
	 * (exclusive), in order of receipt, at most {@code limit}: the lines of its tracking
	 * book.
	 */
	public List<DossierLine> findReceived(AgencyCode agency, Instant from, Instant to, int limit) {
		return this.desk.received(agency, from, to, Math.max(1, limit));
	}

	/** The dossier, as saved by the intake: the receipt's code, state and due instant. */
	private static IntakeReceipt receipt(Dossier dossier) {
		return new IntakeReceipt(dossier.code().value(), dossier.status(), dossier.dueAt());
	}

	/** Receives or submits a dossier and saves it; the saved dossier. */
	private Dossier intake(IntakeCommand command, String by, boolean atDesk) {
		Instant now = this.clock.instant();
		Procedure procedure = published(command);
		Agency agency = this.organization.findAgency(command.agencyCode())
			.filter(a -> a.isValidOn(now.atZone(this.rules.zone()).toLocalDate()))
			.orElseThrow(() -> new DossierRefused("dossier.unknown-agency", "No agency " + command.agencyCode(),
					command.agencyCode()));
		ProcedureDefinition definition = procedure.definition();
		if (!definition.crossBoundary() && !definition.agencies().contains(agency.code())) {
			throw new DossierRefused("dossier.agency-not-applying",
					agency.code() + " does not apply " + definition.code(), agency.code(), definition.code());
		}
		PinnedProcedure pinned = pin(procedure);
		List<String> missing = pinned.missing(command.documents());
		if (!missing.isEmpty()) {
			throw new MissingDocuments(missing);
		}
		String unit = agency.unit().value();
		Dossier dossier;
		if (atDesk) {
			DossierCode code = this.codes.next(agency.code(), now.atZone(this.rules.zone()).toLocalDate());
			dossier = Dossier.receiveAtDesk(pinned, agency.code(), unit, command.channel(), command.applicant(),
					command.representative(), command.documents(), code, by, now, this.rules);
		}
		else {
			if (command.channel() == Channel.COUNTER) {
				throw new DossierRefused("dossier.wrong-channel", "An online or postal dossier");
			}
			dossier = Dossier.draft(pinned, agency.code(), unit, command.applicant(), command.representative(),
					command.documents(), by, now, this.rules);
			dossier.channel = command.channel();
			dossier.submit(this.codes.next(agency.code(), now.atZone(this.rules.zone()).toLocalDate()), by, now);
		}
		this.dossiers.save(dossier);
		return dossier;
	}

	/** An enabled staff account, as an assignment sees it. */
	private Optional<StaffMember> member(String username) {
		return this.staff.findByUsername(username)
			.filter(StaffAccount::enabled)
			.map(a -> new StaffMember(a.username(), a.agency() == null ? null : a.agency().value(), a.department(),
					a.roles()));
	}

	private Procedure published(IntakeCommand command) {
		if (command.procedureCode() == null || !ProcedureCode.isValid(command.procedureCode())) {
			throw new DossierRefused("dossier.unknown-procedure", "No procedure " + command.procedureCode(),
					String.valueOf(command.procedureCode()));
		}
		return this.catalog.findPublished(ProcedureCode.of(command.procedureCode()))
			.filter(p -> p.definition().timeLimit() != null)
			.orElseThrow(() -> new DossierRefused("dossier.unknown-procedure",
					"No published procedure " + command.procedureCode(), command.procedureCode()));
	}

	static PinnedProcedure pin(Procedure procedure) {
		ProcedureDefinition d = procedure.definition();
		return new PinnedProcedure(d.code().value(), procedure.version(), d.timeLimit(),
				d.requiredDocuments().stream().map(RequiredDocument::code).toList(),
				d.requiredDocuments().stream().filter(RequiredDocument::mandatory).map(RequiredDocument::code).toList(),
				d.processingPlan()
					.steps()
					.stream()
					.map(s -> new PlannedStep(s.name(), s.role() == null ? null : s.role().name(), s.department(),
							s.agency() == null ? null : s.agency().value(), s.hours()))
					.toList());
	}

	private Dossier load(String code) {
		if (!DossierCode.isValid(code)) {
			throw new DossierRefused("dossier.not-found", "No dossier " + code);
		}
		return this.dossiers.find(DossierCode.parse(code))
			.orElseThrow(() -> new DossierRefused("dossier.not-found", "No dossier " + code));
	}

	private Optional<IntakeReceipt> earlierAnswer(String key, String hash) {
		return this.keys.find(key).map(entry -> {
			if (!entry.requestHash().equals(hash)) {
				throw new DossierRefused("dossier.idempotency-conflict",
						"Idempotency-Key " + key + " was used for another request");
			}
			return entry.answer();
		});
	}

	private static String hash(IntakeCommand command) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(command.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
