package org.motcua.dossier;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.Vnd;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;

/**
 * The lives of the demo dossiers, written with a seeded {@link Random} and played through
 * the aggregate's own methods at past instants, so that codes follow the agencies' daily
 * sequences and every due instant, pause, extension and outcome comes from the working
 * calendar as for a real dossier. Plain code, no Spring, no database.
 *
 * <p>
 * {@link #plan(int)} decides each dossier: the first ones are a fixed showcase (every
 * state, the three channels, early / on time / late, overdue and on-track open dossiers,
 * a supplement, a payment wait and an extension, province and commune agencies), the rest
 * are drawn with weights close to a commune's year. A dossier is played once with a
 * placeholder code to check it: every instant before now, the wanted state and outcome
 * reached; otherwise it is drawn again (another attempt, another seed).
 * {@link #live(Life, DossierCode)} then plays the accepted life again with the real code;
 * the code takes part in no choice, so the replay is the same life. The same seed,
 * offers, calendar and now give the same dossiers.
 */
final class DemoDossierScript {

	/** The agency that receives cross-boundary provincial procedures at its desks. */
	static final AgencyCode SERVICE_CENTRE = AgencyCode.of("000.00.01.H99");

	/**
	 * A procedure as one agency applies it: its pinned version, the agency's level, unit
	 * and validity, how far it goes online and what it costs.
	 */
	record Offer(PinnedProcedure procedure, AgencyCode agency, Level level, String unit, LocalDate validFrom,
			LocalDate validTo, OnlineLevel online, Vnd fee) {

		boolean isValidOn(LocalDate day) {
			return !day.isBefore(this.validFrom) && (this.validTo == null || day.isBefore(this.validTo));
		}

		boolean hasFee() {
			return this.fee != null && this.fee.amount().signum() > 0;
		}

	}

	/**
	 * What a dossier must end as: its state, and optionally its channel, outcome, whether
	 * it is overdue, the waits and extension on its way, a rating and its agency's level.
	 */
	record Target(DossierStatus status, Channel channel, Outcome outcome, Boolean overdue, boolean supplement,
			boolean payment, boolean extension, boolean rated, Level level) {

		static Target of(DossierStatus status) {
			return new Target(status, null, null, null, false, false, false, false, null);
		}

		Target via(Channel channel) {
			return new Target(this.status, channel, this.outcome, this.overdue, this.supplement, this.payment,
					this.extension, this.rated, this.level);
		}

		Target ending(Outcome outcome) {
			return new Target(this.status, this.channel, outcome, this.overdue, this.supplement, this.payment,
					this.extension, this.rated, this.level);
		}

		Target overdue(boolean overdue) {
			return new Target(this.status, this.channel, this.outcome, overdue, this.supplement, this.payment,
					this.extension, this.rated, this.level);
		}

		Target at(Level level) {
			return new Target(this.status, this.channel, this.outcome, this.overdue, this.supplement, this.payment,
					this.extension, this.rated, level);
		}

		Target withSupplement() {
			return new Target(this.status, this.channel, this.outcome, this.overdue, true, this.payment, this.extension,
					this.rated, this.level);
		}

		Target withPayment() {
			return new Target(this.status, this.channel, this.outcome, this.overdue, this.supplement, true,
					this.extension, this.rated, this.level);
		}

		Target withExtension() {
			return new Target(this.status, this.channel, this.outcome, this.overdue, this.supplement, this.payment,
					true, this.rated, this.level);
		}

		Target withRating() {
			return new Target(this.status, this.channel, this.outcome, this.overdue, this.supplement, this.payment,
					this.extension, true, this.level);
		}

	}

	/**
	 * An accepted dossier: its index, the seed of its life, its target, and what its code
	 * needs (agency and day; no day for a draft) with the instant it starts.
	 */
	record Life(int index, long seed, Target target, AgencyCode agency, LocalDate codeDay, Instant start) {

	}

	/** The fixed first dossiers, so that even a small load shows everything. */
	static final List<Target> SHOWCASE = List.of(Target.of(DossierStatus.DRAFT).via(Channel.ONLINE),
			Target.of(DossierStatus.SUBMITTED).via(Channel.ONLINE),
			Target.of(DossierStatus.SUBMITTED).via(Channel.POST),
			Target.of(DossierStatus.RECEIVED).via(Channel.COUNTER),
			Target.of(DossierStatus.IN_PROCESS).via(Channel.COUNTER).overdue(true).at(Level.COMMUNE),
			Target.of(DossierStatus.IN_PROCESS).via(Channel.ONLINE).overdue(false).at(Level.PROVINCE),
			Target.of(DossierStatus.AWAITING_SUPPLEMENT).via(Channel.COUNTER),
			Target.of(DossierStatus.AWAITING_PAYMENT).via(Channel.ONLINE),
			Target.of(DossierStatus.AWAITING_APPROVAL).via(Channel.COUNTER).at(Level.PROVINCE),
			Target.of(DossierStatus.FINISHED).via(Channel.ONLINE).ending(Outcome.EARLY),
			Target.of(DossierStatus.RESULT_RETURNED).via(Channel.COUNTER).ending(Outcome.EARLY).withRating(),
			Target.of(DossierStatus.RESULT_RETURNED).via(Channel.POST).ending(Outcome.ON_TIME).withSupplement(),
			Target.of(DossierStatus.RESULT_RETURNED)
				.via(Channel.COUNTER)
				.ending(Outcome.LATE)
				.at(Level.PROVINCE)
				.withRating(),
			Target.of(DossierStatus.RESULT_RETURNED).via(Channel.COUNTER).withExtension(),
			Target.of(DossierStatus.STOPPED).via(Channel.COUNTER),
			Target.of(DossierStatus.WITHDRAWN).via(Channel.ONLINE), Target.of(DossierStatus.REJECTED).via(Channel.POST),
			Target.of(DossierStatus.RESULT_RETURNED).via(Channel.ONLINE).ending(Outcome.ON_TIME).withPayment());

	/** Weights of the states of the dossiers after the showcase, out of 100. */
	private static final Map<DossierStatus, Integer> STATES = Map.ofEntries(Map.entry(DossierStatus.DRAFT, 5),
			Map.entry(DossierStatus.SUBMITTED, 4), Map.entry(DossierStatus.RECEIVED, 4),
			Map.entry(DossierStatus.IN_PROCESS, 12), Map.entry(DossierStatus.AWAITING_SUPPLEMENT, 5),
			Map.entry(DossierStatus.AWAITING_PAYMENT, 3), Map.entry(DossierStatus.AWAITING_APPROVAL, 4),
			Map.entry(DossierStatus.FINISHED, 8), Map.entry(DossierStatus.RESULT_RETURNED, 45),
			Map.entry(DossierStatus.STOPPED, 3), Map.entry(DossierStatus.WITHDRAWN, 3),
			Map.entry(DossierStatus.REJECTED, 4));

	/** How busy each demo agency's desks are. */
	private static final Map<String, Integer> AGENCY_WEIGHTS = Map.of("000.20.01.H99", 40, "000.20.02.H99", 22,
			"000.00.02.H99", 10, "000.00.01.H99", 5, "000.00.04.H99", 8, "000.00.05.H99", 7, "000.00.03.H99", 3,
			"000.00.06.H99", 3, "000.00.00.H99", 2);

	/** How often each procedure is asked for at an agency that applies it (default 1). */
	private static final Map<String, Integer> PROCEDURE_WEIGHTS = Map.ofEntries(Map.entry("2.000908", 8),
			Map.entry("2.000884", 4), Map.entry("1.001193", 5), Map.entry("1.000656", 2), Map.entry("1.000894", 2),
			Map.entry("1.004873", 3), Map.entry("2.000635", 2), Map.entry("1.004222", 3), Map.entry("1.004194", 2),
			Map.entry("1.004236", 2), Map.entry("2.001035", 2), Map.entry("1.012757", 2), Map.entry("2.000488", 4),
			Map.entry("1.012765", 3), Map.entry("1.012779", 2));

	/** The demo accounts, by agency and role, with their department (null: any). */
	private record Account(String agency, String role, String username, String department) {
	}

	private static final List<Account> ACCOUNTS = List.of(new Account("000.20.01.H99", "DESK_OFFICER", "desk1", "VP"),
			new Account("000.20.01.H99", "SPECIALIST", "specialist1", "VHXH"),
			new Account("000.20.01.H99", "DEPARTMENT_HEAD", "head1", "VHXH"),
			new Account("000.20.01.H99", "APPROVER", "approver1", null),
			new Account("000.00.01.H99", "DESK_OFFICER", "desk2", null),
			new Account("000.20.02.H99", "DESK_OFFICER", "desk3", "VP"),
			new Account("000.00.02.H99", "SPECIALIST", "specialist2", "HCTP"),
			new Account("000.00.02.H99", "APPROVER", "approver2", null));

	private static final String[] REJECTIONS = { "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan",
			"Tờ khai không có chữ ký của người yêu cầu", "Giấy tờ nộp kèm là bản chụp không có chứng thực",
			"Thông tin trên tờ khai không khớp với giấy tờ tùy thân" };

	private static final String[] STOPS = {
			"Người yêu cầu không bổ sung hồ sơ trong thời hạn theo phiếu yêu cầu bổ sung",
			"Hồ sơ không đủ điều kiện giải quyết theo quy định",
			"Có tranh chấp, khiếu nại liên quan đang được cơ quan có thẩm quyền giải quyết" };

	private static final String[] SUPPLEMENTS = { "Bản sao chưa được chứng thực, đề nghị nộp bản chính để đối chiếu",
			"Giấy tờ bị mờ, không đọc được nội dung", "Thiếu chữ ký xác nhận của người làm chứng",
			"Giấy tờ đã hết hiệu lực, đề nghị nộp bản mới" };

	private static final String[] EXTENSIONS = { "Cần xác minh thêm thông tin tại cơ quan lưu trữ hồ sơ gốc",
			"Phải lấy ý kiến của cơ quan, đơn vị liên quan",
			"Khối lượng hồ sơ tăng đột biến, cần thêm thời gian thẩm định" };

	private static final String[] COMMENTS = { "Cán bộ hướng dẫn nhiệt tình, chu đáo", "Giải quyết nhanh, đúng hẹn",
			"Thủ tục đơn giản, dễ thực hiện", "Rất hài lòng", "Nộp trực tuyến tiện lợi, không phải đi lại" };

	private static final String[] COMPLAINTS = { "Trả kết quả chậm so với giấy hẹn", "Phải đi lại nhiều lần",
			"Chưa được thông báo khi hồ sơ bị chậm" };

	private final long seed;

	private final WorkingTimeRules rules;

	private final List<Offer> offers;

	private final Function<AgencyCode, String> papers;

	private final Function<AgencyCode, String> results;

	private final Instant now;

	private final ZoneId zone;

	/**
	 * @param papers the document id of the sample scanned paper as signed by an agency
	 * @param results the document id of the sample result as signed by an agency
	 */
	DemoDossierScript(long seed, WorkingTimeRules rules, List<Offer> offers, Function<AgencyCode, String> papers,
			Function<AgencyCode, String> results, Instant now) {
		this.seed = seed;
		this.rules = rules;
		this.offers = offers.stream()
			.filter(o -> o.procedure().plan().size() >= 3 && !o.procedure().mandatoryDocuments().isEmpty())
			.toList();
		this.papers = papers;
		this.results = results;
		this.now = now;
		this.zone = rules.zone();
	}

	// ---- planning --------------------------------------------------------------

	/**
	 * The lives of {@code count} dossiers, oldest first; a dossier that no attempt could
	 * place is left out.
	 */
	List<Life> plan(int count) {
		List<Life> lives = new ArrayList<>();
		if (this.offers.isEmpty()) {
			return lives;
		}
		for (int i = 0; i < count; i++) {
			Random draw = new Random(mix(this.seed, i, -1));
			Target target = i < SHOWCASE.size() ? SHOWCASE.get(i) : drawTarget(draw);
			for (int attempt = 0; attempt < 60; attempt++) {
				long lifeSeed = mix(this.seed, i, attempt);
				Dossier trial;
				try {
					trial = live(i, lifeSeed, target, null);
				}
				catch (RuntimeException ex) {
					// a life the rules refuse (e.g. an extension after the due instant):
					// draw again
					continue;
				}
				if (trial != null && accepts(trial, target)) {
					LocalDate day = trial.submittedAt == null ? null
							: trial.submittedAt.atZone(this.zone).toLocalDate();
					lives.add(new Life(i, lifeSeed, target, trial.agency, day, trial.createdAt));
					break;
				}
			}
		}
		lives.sort(Comparator.comparing(Life::start).thenComparing(Life::index));
		return lives;
	}

	/** The dossier of an accepted life, with its real code (none for a draft). */
	Dossier live(Life life, DossierCode code) {
		return live(life.index(), life.seed(), life.target(), code);
	}

	private Target drawTarget(Random r) {
		int roll = r.nextInt(STATES.values().stream().mapToInt(Integer::intValue).sum());
		DossierStatus status = DossierStatus.RESULT_RETURNED;
		for (DossierStatus s : DossierStatus.values()) {
			roll -= STATES.getOrDefault(s, 0);
			if (roll < 0) {
				status = s;
				break;
			}
		}
		Target target = Target.of(status);
		if (status == DossierStatus.IN_PROCESS) {
			target = target.overdue(r.nextInt(10) < 3);
		}
		return target;
	}

	private boolean accepts(Dossier d, Target target) {
		Instant last = d.timeline.isEmpty() ? d.createdAt : d.timeline.get(d.timeline.size() - 1).at();
		if (!last.isBefore(this.now.minusSeconds(60)) || d.status != target.status()) {
			return false;
		}
		if (target.outcome() != null && d.outcome != target.outcome()) {
			return false;
		}
		if (target.extension() && d.extensions.isEmpty() || target.supplement() && d.supplementRounds == 0
				|| target.payment() && d.amountDue == null) {
			return false;
		}
		if (target.rated() && d.rating == null) {
			return false;
		}
		if (target.overdue() != null && d.isOverdue(this.now) != target.overdue()) {
			return false;
		}
		return target.status() != DossierStatus.RECEIVED || !d.isOverdue(this.now);
	}

	// ---- one life --------------------------------------------------------------

	private Dossier live(int index, long lifeSeed, Target target, DossierCode realCode) {
		Random r = new Random(lifeSeed);
		DossierStatus goal = target.status();
		LocalDate today = this.now.atZone(this.zone).toLocalDate();
		LocalDate day = today.minusDays(age(r, target));
		Offer offer = pickOffer(r, target, day);
		if (offer == null) {
			return null;
		}
		Channel channel = target.channel() != null ? target.channel() : pickChannel(r, offer, goal);
		if (channel == Channel.ONLINE && offer.online() == OnlineLevel.NONE) {
			return null;
		}
		Instant start = startOn(r, day, channel);
		boolean citizen = index % 47 == 30
				&& DemoPeople.Organisation.of(offer.procedure().code()) == DemoPeople.Organisation.NONE;
		boolean atTaySon = offer.agency().value().equals("000.20.02.H99");
		boolean local = r.nextInt(5) > 0;
		String commune = atTaySon == local ? "xã Tây Sơn" : "xã Đông Sơn";
		Applicant applicant = citizen ? DemoPeople.CITIZEN
				: DemoPeople.applicant(r, index, DemoPeople.Organisation.of(offer.procedure().code()), commune, today);
		String applicantActor = citizen ? DemoPeople.CITIZEN_USERNAME : applicant.idNumber();
		DossierCode code = realCode != null ? realCode
				: new DossierCode(offer.agency(), start.atZone(this.zone).toLocalDate(), 1);
		String desk = actor(offer.agency().value(), "DESK_OFFICER", null);
		List<SubmittedDocument> papers = papers(r, offer.procedure(), goal == DossierStatus.DRAFT, desk, offer.agency(),
				start);
		PinnedProcedure p = offer.procedure();

		Dossier d;
		Instant t = start;
		if (channel == Channel.COUNTER) {
			d = Dossier.receiveAtDesk(p, offer.agency(), offer.unit(), Channel.COUNTER, applicant, null, papers, code,
					desk, t, this.rules);
		}
		else {
			String filer = channel == Channel.ONLINE ? applicantActor : desk;
			d = Dossier.draft(p, offer.agency(), offer.unit(), applicant, null, papers, filer, t, this.rules);
			d.channel = channel;
			if (goal == DossierStatus.DRAFT) {
				return d;
			}
			d.submit(code, filer, t);
			if (goal == DossierStatus.SUBMITTED) {
				return d;
			}
			t = after(t, minutes(r, 20, 600));
			if (goal == DossierStatus.REJECTED) {
				act(d, Action.REJECT, body().reasons(List.of(DemoPeople.pick(r, REJECTIONS))), desk, t);
				return d;
			}
			if (goal == DossierStatus.WITHDRAWN && r.nextInt(3) == 0) {
				act(d, Action.WITHDRAW, body().note("Người nộp rút hồ sơ trước khi tiếp nhận"), filer, t);
				return d;
			}
			act(d, Action.RECEIVE, body(), desk, t);
		}
		if (goal == DossierStatus.RECEIVED || goal == DossierStatus.REJECTED) {
			return d;
		}

		List<PlannedStep> plan = p.plan();
		int last = plan.size() - 1;
		int waitStep = 1;
		Outcome wanted = target.outcome() != null ? target.outcome() : drawOutcome(r);
		double pace = switch (goal) {
			case IN_PROCESS, AWAITING_APPROVAL ->
				Boolean.TRUE.equals(target.overdue()) ? between(r, 0.6, 1.4) : between(r, 0.1, 0.7);
			default -> switch (wanted) {
				case EARLY -> between(r, 0.15, 0.5);
				case ON_TIME -> between(r, 0.45, 0.8);
				case LATE -> between(r, 0.6, 1.3);
			};
		};
		double[] shares = shares(plan, last);
		Duration budget = this.rules.workingTimeBetween(d.clockStartedAt, d.dueAt);
		int stopAt = goal == DossierStatus.IN_PROCESS ? 1 + r.nextInt(last) : -1;
		boolean supplement = target.supplement() || goal == DossierStatus.AWAITING_SUPPLEMENT
				|| goal == DossierStatus.STOPPED && r.nextBoolean() || closing(goal) && r.nextInt(100) < 12;
		boolean payment = offer.hasFee()
				&& (target.payment() || goal == DossierStatus.AWAITING_PAYMENT || closing(goal) && r.nextInt(100) < 35);
		if (goal == DossierStatus.AWAITING_PAYMENT && !payment) {
			return null;
		}
		boolean extension = target.extension() || closing(goal) && r.nextInt(100) < 5;
		for (int k = 0; k < last; k++) {
			Duration share = scaled(budget, pace * shares[k] * between(r, 0.8, 1.2));
			String handler = handler(d, plan.get(k));
			if (k != waitStep) {
				t = after(t, share);
			}
			else {
				t = after(t, scaled(share, 0.4));
				if (supplement) {
					String missing = missing(r, d);
					act(d, Action.REQUEST_SUPPLEMENT,
							body().missing(List.of(missing)).note(DemoPeople.pick(r, SUPPLEMENTS)), handler, t);
					if (goal == DossierStatus.AWAITING_SUPPLEMENT) {
						return d;
					}
					if (goal == DossierStatus.STOPPED) {
						t = onDayAfter(r, t, 16, 25);
						act(d, Action.STOP, body().reason(STOPS[0]), handler, t);
						return d;
					}
					t = onDayAfter(r, t, 1, 6);
					act(d, Action.SUPPLEMENT, body().documents(List.of(SubmittedDocument.digitized(missing,
							this.papers.apply(d.agency()), demoMetadata(t), desk, t))),
							channel == Channel.ONLINE ? applicantActor : desk, t);
				}
				if (payment) {
					t = after(t, minutes(r, 20, 150));
					act(d, Action.REQUEST_PAYMENT,
							body().amount(offer.fee()).note("Đề nghị nộp phí, lệ phí theo quy định"), handler, t);
					if (goal == DossierStatus.AWAITING_PAYMENT) {
						return d;
					}
					t = onDayAfter(r, t, 0, 3);
					act(d, Action.CONFIRM_PAYMENT,
							body().reference(String.format("BL%08d", (index * 7_919L + r.nextInt(1000)) % 100_000_000)),
							desk, t);
				}
				if (extension) {
					Instant at = after(t, minutes(r, 10, 60));
					if (at.isBefore(d.dueAt)) {
						Instant newDue = this.rules.addWorkingTime(d.dueAt, Duration.ofHours(8L * (1 + r.nextInt(3))));
						act(d, Action.EXTEND, body().newDueAt(newDue).reason(DemoPeople.pick(r, EXTENSIONS)),
								actor(offer.agency().value(), "APPROVER", null), at);
						t = at;
					}
				}
				if (goal == DossierStatus.STOPPED) {
					t = after(t, minutes(r, 60, 600));
					act(d, Action.STOP, body().reason(STOPS[1 + r.nextInt(STOPS.length - 1)]), handler, t);
					return d;
				}
				if (goal == DossierStatus.WITHDRAWN) {
					t = after(t, minutes(r, 30, 900));
					act(d, Action.WITHDRAW, body().note("Người nộp có đơn đề nghị rút hồ sơ"), desk, t);
					return d;
				}
				t = after(t, scaled(share, 0.6));
			}
			PlannedStep next = plan.get(k + 1);
			String agency = next.agency() != null ? next.agency() : offer.agency().value();
			act(d, Action.HAND_OVER, body().toAccount(account(agency, next.role(), next.department())), handler, t);
			if (k + 1 == stopAt) {
				return d;
			}
		}
		String approver = handler(d, plan.get(last));
		Instant approval = approval(r, d, t, wanted);
		Instant drafted = halfway(r, t, approval);
		act(d, Action.FINISH, body().resultDocumentId(this.results.apply(d.agency())), approver, drafted);
		if (goal == DossierStatus.AWAITING_APPROVAL) {
			return d;
		}
		act(d, Action.APPROVE, body(), approver, approval);
		if (goal == DossierStatus.FINISHED) {
			return d;
		}
		t = after(approval, minutes(r, 30, 1500));
		Channel how = channel == Channel.POST ? Channel.POST
				: channel == Channel.ONLINE && offer.online() == OnlineLevel.FULL
						? (r.nextInt(5) == 0 ? Channel.POST : Channel.ONLINE) : Channel.COUNTER;
		act(d, Action.RETURN_RESULT, body().how(how), desk, t);
		if (target.rated() || r.nextInt(100) < 65) {
			int score = score(r, d.outcome);
			String comment = r.nextInt(3) == 0 ? null
					: DemoPeople.pick(r, score >= 4 ? COMMENTS : score == 3 ? new String[] { "Tạm được" } : COMPLAINTS);
			Instant at = how == Channel.COUNTER ? t.plusSeconds(60L * (1 + r.nextInt(10)))
					: after(t, minutes(r, 30, 900));
			act(d, Action.RATE, body().score(score).comment(comment), how == Channel.COUNTER ? desk : applicantActor,
					at);
		}
		return d;
	}

	private static boolean closing(DossierStatus goal) {
		return goal == DossierStatus.RESULT_RETURNED || goal == DossierStatus.FINISHED
				|| goal == DossierStatus.AWAITING_APPROVAL;
	}

	private int age(Random r, Target target) {
		return switch (target.status()) {
			case DRAFT -> r.nextInt(11);
			case SUBMITTED -> r.nextInt(3);
			case RECEIVED -> r.nextInt(2);
			case IN_PROCESS -> Boolean.TRUE.equals(target.overdue()) ? 4 + r.nextInt(40) : r.nextInt(12);
			case AWAITING_SUPPLEMENT -> 2 + r.nextInt(20);
			case AWAITING_PAYMENT -> 1 + r.nextInt(12);
			case AWAITING_APPROVAL -> 1 + r.nextInt(15);
			case FINISHED -> 2 + r.nextInt(25);
			// closed ones lean older: the open ones fill the last weeks
			default -> r.nextInt(10) < 7 ? 14 + r.nextInt(106) : 2 + r.nextInt(30);
		};
	}

	private Offer pickOffer(Random r, Target target, LocalDate day) {
		boolean online = target.channel() == Channel.ONLINE;
		boolean fee = target.payment() || target.status() == DossierStatus.AWAITING_PAYMENT;
		List<Offer> candidates = this.offers.stream()
			.filter(o -> o.isValidOn(day))
			.filter(o -> target.level() == null || o.level() == target.level())
			.filter(o -> !online || o.online() != OnlineLevel.NONE)
			.filter(o -> !fee || o.hasFee())
			.toList();
		if (candidates.isEmpty()) {
			return null;
		}
		Map<AgencyCode, Long> perAgency = candidates.stream()
			.collect(java.util.stream.Collectors.groupingBy(Offer::agency,
					java.util.stream.Collectors.summingLong(o -> procedureWeight(o))));
		double[] weights = new double[candidates.size()];
		double total = 0;
		for (int i = 0; i < weights.length; i++) {
			Offer o = candidates.get(i);
			weights[i] = AGENCY_WEIGHTS.getOrDefault(o.agency().value(), 2) * (double) procedureWeight(o)
					/ perAgency.get(o.agency());
			total += weights[i];
		}
		double roll = r.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return candidates.get(i);
			}
		}
		return candidates.get(candidates.size() - 1);
	}

	private static long procedureWeight(Offer o) {
		return PROCEDURE_WEIGHTS.getOrDefault(o.procedure().code(), 1);
	}

	private static Channel pickChannel(Random r, Offer offer, DossierStatus goal) {
		boolean notAtDesk = goal == DossierStatus.DRAFT || goal == DossierStatus.SUBMITTED
				|| goal == DossierStatus.REJECTED;
		if (goal == DossierStatus.DRAFT) {
			return Channel.ONLINE;
		}
		int roll = r.nextInt(100);
		return switch (offer.online()) {
			case FULL -> roll < 55 ? Channel.ONLINE : roll < 65 || notAtDesk ? Channel.POST : Channel.COUNTER;
			case PARTIAL -> roll < 35 ? Channel.ONLINE : roll < 45 || notAtDesk ? Channel.POST : Channel.COUNTER;
			case NONE -> roll < 12 || notAtDesk ? Channel.POST : Channel.COUNTER;
		};
	}

	private static Outcome drawOutcome(Random r) {
		int roll = r.nextInt(100);
		return roll < 72 ? Outcome.EARLY : roll < 90 ? Outcome.ON_TIME : Outcome.LATE;
	}

	/**
	 * A desk or postal intake at a working minute of the day (the last working day before
	 * a closed one); an online filing at any hour from 6 to 23.
	 */
	private Instant startOn(Random r, LocalDate day, Channel channel) {
		if (channel == Channel.ONLINE) {
			return day.atTime(6 + r.nextInt(17), r.nextInt(60)).atZone(this.zone).toInstant();
		}
		LocalDate working = day;
		for (int i = 0; i < 30 && !this.rules.isWorkingDay(working); i++) {
			working = working.minusDays(1);
		}
		Instant opening = this.rules.clockStart(working.atStartOfDay(this.zone).toInstant());
		return this.rules.addWorkingTime(opening, Duration.ofMinutes(10 + r.nextInt(455)));
	}

	/** The metadata the demo's digitized papers carry: issued a year before. */
	private PaperMetadata demoMetadata(Instant at) {
		return new PaperMetadata(null, at.atZone(this.zone).toLocalDate().minusYears(1), "UBND xã Đông Sơn", null,
				null);
	}

	private List<SubmittedDocument> papers(Random r, PinnedProcedure p, boolean draft, String desk, AgencyCode agency,
			Instant at) {
		boolean digitized = r.nextInt(100) < 90;
		List<SubmittedDocument> papers = new ArrayList<>();
		for (String code : p.requiredDocuments()) {
			boolean mandatory = p.mandatoryDocuments().contains(code);
			if (!mandatory && r.nextInt(100) >= 30) {
				continue;
			}
			boolean scanned = digitized && (papers.isEmpty() || r.nextInt(100) < 85);
			papers
				.add(scanned ? SubmittedDocument.digitized(code, this.papers.apply(agency), demoMetadata(at), desk, at)
						: new SubmittedDocument(code, null, null, Provenance.NOT_DIGITIZED));
		}
		if (draft && papers.size() > 1 && r.nextBoolean()) {
			papers.remove(papers.size() - 1);
		}
		return papers;
	}

	private static String missing(Random r, Dossier d) {
		List<String> notScanned = d.documents.stream()
			.filter(s -> s.provenance() == Provenance.NOT_DIGITIZED)
			.map(SubmittedDocument::requiredDocumentCode)
			.toList();
		return notScanned.isEmpty() ? DemoPeople.pick(r, d.procedure.requiredDocuments())
				: DemoPeople.pick(r, notScanned);
	}

	private static double[] shares(List<PlannedStep> plan, int last) {
		double[] shares = new double[last];
		double sum = 0;
		for (int k = 0; k < last; k++) {
			BigDecimal hours = plan.get(k).hours();
			shares[k] = hours == null || hours.signum() <= 0 ? 1 : hours.doubleValue();
			sum += shares[k];
		}
		for (int k = 0; k < last; k++) {
			shares[k] /= sum;
		}
		return shares;
	}

	/**
	 * The approval instant that gives the wanted outcome against the due instant as it
	 * now stands (no wait or extension comes after the last hand-over), or the next
	 * outcome that is still possible.
	 */
	private Instant approval(Random r, Dossier d, Instant t, Outcome wanted) {
		Instant earliest = after(t, minutes(r, 20, 180));
		LocalDate dueDate = d.dueAt.atZone(this.zone).toLocalDate();
		Instant dueDayStart = dueDate.atStartOfDay(this.zone).toInstant();
		Instant dueDayEnd = dueDate.plusDays(1).atStartOfDay(this.zone).toInstant();
		if (wanted == Outcome.EARLY && earliest.isBefore(dueDayStart)) {
			Duration room = this.rules.workingTimeBetween(earliest, dueDayStart);
			if (room.toMinutes() > 2) {
				return this.rules.addWorkingTime(earliest, scaled(room, between(r, 0.05, 0.85)));
			}
		}
		if (wanted != Outcome.LATE) {
			Instant from = earliest.isAfter(dueDayStart) ? earliest : dueDayStart;
			if (from.isBefore(dueDayEnd)) {
				Duration room = this.rules.workingTimeBetween(from, dueDayEnd);
				if (room.toMinutes() > 2) {
					return this.rules.addWorkingTime(from, scaled(room, between(r, 0.05, 0.9)));
				}
			}
		}
		Instant from = earliest.isAfter(d.dueAt) ? earliest : d.dueAt;
		return this.rules.addWorkingTime(from, Duration.ofHours(8L * (1 + r.nextInt(5))).plus(minutes(r, 5, 240)));
	}

	private Instant halfway(Random r, Instant from, Instant to) {
		Duration working = this.rules.workingTimeBetween(from, to);
		if (working.toMinutes() > 2) {
			Instant at = this.rules.addWorkingTime(from, scaled(working, between(r, 0.3, 0.7)));
			if (at.isAfter(from) && at.isBefore(to)) {
				return at;
			}
		}
		return from.plus(Duration.between(from, to).dividedBy(2));
	}

	private static int score(Random r, Outcome outcome) {
		int roll = r.nextInt(100);
		if (outcome == Outcome.LATE) {
			return roll < 30 ? 2 : roll < 60 ? 3 : roll < 75 ? 1 : 4;
		}
		if (outcome == Outcome.ON_TIME) {
			return roll < 45 ? 4 : roll < 80 ? 5 : 3;
		}
		return roll < 62 ? 5 : roll < 92 ? 4 : 3;
	}

	/** Who does the dossier's open step: its assignee, or whoever has the step's role. */
	private static String handler(Dossier d, PlannedStep planned) {
		DossierStep run = d.steps.get(d.steps.size() - 1);
		return run.assignee() != null ? run.assignee() : actor(run.agency(), planned.role(), run.department());
	}

	/**
	 * The demo account with the role at the agency (and in the department), or a name
	 * standing for the agency's officer of that role, who has no account.
	 */
	private static String actor(String agency, String role, String department) {
		String account = account(agency, role, department);
		if (account != null) {
			return account;
		}
		String prefix = switch (role == null ? "" : role) {
			case "DESK_OFFICER" -> "motcua";
			case "DEPARTMENT_HEAD" -> "truongphong";
			case "APPROVER" -> "lanhdao";
			default -> "chuyenvien";
		};
		return prefix + "." + agency.toLowerCase(java.util.Locale.ROOT);
	}

	/** The demo account with the role at the agency and in the department, or null. */
	private static String account(String agency, String role, String department) {
		return ACCOUNTS.stream()
			.filter(a -> a.agency().equals(agency) && a.role().equals(role)
					&& (department == null || a.department() == null || a.department().equals(department)))
			.map(Account::username)
			.findFirst()
			.orElse(null);
	}

	// ---- time ------------------------------------------------------------------

	/** At least a minute of working time later. */
	private Instant after(Instant t, Duration working) {
		Duration d = working.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : working;
		return this.rules.addWorkingTime(t, d);
	}

	/**
	 * On a working moment {@code min..max} calendar days later (the applicant's turn).
	 */
	private Instant onDayAfter(Random r, Instant t, int min, int max) {
		int days = min + r.nextInt(max - min + 1);
		if (days == 0) {
			return after(t, minutes(r, 30, 240));
		}
		LocalDate day = t.atZone(this.zone).toLocalDate().plusDays(days);
		Instant opening = this.rules.clockStart(day.atStartOfDay(this.zone).toInstant());
		return this.rules.addWorkingTime(opening, minutes(r, 10, 420));
	}

	private static Duration minutes(Random r, int min, int max) {
		return Duration.ofMinutes(min + r.nextInt(max - min + 1));
	}

	private static Duration scaled(Duration d, double factor) {
		return Duration.ofSeconds(Math.max(0, Math.round(d.toSeconds() * factor)));
	}

	private static double between(Random r, double min, double max) {
		return min + r.nextDouble() * (max - min);
	}

	private static long mix(long seed, int index, int attempt) {
		long h = seed ^ (index * 0x9E3779B97F4A7C15L) ^ ((attempt + 7L) * 0xC2B2AE3D27D4EB4FL);
		h ^= h >>> 33;
		h *= 0xFF51AFD7ED558CCDL;
		return h ^ (h >>> 33);
	}

	// ---- actions -------------------------------------------------------------------

	private static void act(Dossier d, Action action, Body body, String by, Instant at) {
		Actions.perform(d, action, body.build(), by, at);
	}

	private static Body body() {
		return new Body();
	}

	/** An {@link ActionBody} filled field by field. */
	private static final class Body {

		private List<String> reasons;

		private String toAccount;

		private String note;

		private List<String> missing;

		private List<SubmittedDocument> documents;

		private Vnd amount;

		private String reference;

		private Instant newDueAt;

		private String reason;

		private String resultDocumentId;

		private Channel how;

		private Integer score;

		private String comment;

		Body reasons(List<String> value) {
			this.reasons = value;
			return this;
		}

		Body toAccount(String value) {
			this.toAccount = value;
			return this;
		}

		Body note(String value) {
			this.note = value;
			return this;
		}

		Body missing(List<String> value) {
			this.missing = value;
			return this;
		}

		Body documents(List<SubmittedDocument> value) {
			this.documents = value;
			return this;
		}

		Body amount(Vnd value) {
			this.amount = value;
			return this;
		}

		Body reference(String value) {
			this.reference = value;
			return this;
		}

		Body newDueAt(Instant value) {
			this.newDueAt = value;
			return this;
		}

		Body reason(String value) {
			this.reason = value;
			return this;
		}

		Body resultDocumentId(String value) {
			this.resultDocumentId = value;
			return this;
		}

		Body how(Channel value) {
			this.how = value;
			return this;
		}

		Body score(int value) {
			this.score = value;
			return this;
		}

		Body comment(String value) {
			this.comment = value;
			return this;
		}

		ActionBody build() {
			return new ActionBody(this.reasons, null, null, null, this.toAccount, this.note, this.missing,
					this.documents, this.amount, this.reference, this.newDueAt, this.reason, this.resultDocumentId,
					this.how, this.score, this.comment);
		}

	}

}
