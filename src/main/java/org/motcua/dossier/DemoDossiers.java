package org.motcua.dossier;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.Fee;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.ProcedureSummary;
import org.motcua.catalog.Vnd;
import org.motcua.organization.Agency;
import org.motcua.organization.Organization;
import org.motcua.platform.DemoMode;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo province's dossiers, loaded on the first start in demo mode after the demo
 * organisation, accounts and catalog, when there is no dossier at all (so never twice):
 * {@code motcua.dossier.demo-dossiers} of them (300 by default) spread over the last four
 * months before the clock's now, in every state, early, on time and late (and open ones
 * overdue), at the province's departments and service centre and at the communes,
 * received at the desk, online and by post, with supplements, payment waits, extensions
 * and ratings. Their lives are written by {@link DemoDossierScript} with the fixed seed
 * {@value #SEED} and played through the aggregate's own actions at past instants, so
 * their due instants come from the working calendar; their codes are taken from the
 * agencies' daily sequences for the days they were filed, so later intakes continue the
 * numbering. The district level does not appear in these months: the districts were
 * dissolved on 2025-07-01 and only agencies valid on a dossier's day receive it.
 *
 * <p>
 * Papers: two small PDFs, a sample scanned paper and a sample result, signed with the
 * seal of each agency that handles demo dossiers ({@link DemoPapers}), stored once per
 * agency and claimed by every dossier that holds them; about nine dossiers in ten have
 * digitized papers, the rest only paper ones ({@code NOT_DIGITIZED}). Printed forms: none
 * is issued while loading (rendering a PDF per dossier would take most of a minute); the
 * receipts and notices of demo dossiers therefore do not exist, and the control slip is
 * issued when first asked for, as for any dossier.
 *
 * <p>
 * Everything is saved in one transaction, so a failed load leaves nothing and is tried
 * again at the next start. Every transition's event is published through the event
 * publication registry as for any dossier (the audit trail records them; statistics will
 * be fed by them).
 */
@Component
@Order(40)
class DemoDossiers implements ApplicationRunner {

	/** Where the sample papers are. */
	static final String FOLDER = "dossier/demo/";

	/** The seed of the demo dossiers' lives. */
	static final long SEED = 20_250_701L;

	private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

	private final DemoMode demo;

	private final DossierProperties properties;

	private final Dossiers dossiers;

	private final CodeSequence codes;

	private final Catalog catalog;

	private final Organization organization;

	private final DemoPapers papers;

	private final WorkingTimeRules rules;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DemoDossiers(DemoMode demo, DossierProperties properties, Dossiers dossiers, CodeSequence codes, Catalog catalog,
			Organization organization, DemoPapers papers, WorkingTimeRules rules, Clock clock,
			PlatformTransactionManager transactions) {
		this.demo = demo;
		this.properties = properties;
		this.dossiers = dossiers;
		this.codes = codes;
		this.catalog = catalog;
		this.organization = organization;
		this.papers = papers;
		this.rules = rules;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.isOn() || this.properties.demoDossiers() <= 0
				|| !Boolean.TRUE.equals(this.transaction.execute(status -> this.dossiers.isEmpty()))) {
			return;
		}
		long started = System.nanoTime();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		Instant now = this.clock.instant();
		List<DemoDossierScript.Offer> offers = offers();
		if (offers.isEmpty()) {
			log.warn("No demo dossiers: the catalog has no published procedure at a known agency");
			return;
		}
		int loaded = this.transaction.execute(status -> {
			DemoDossierScript script = new DemoDossierScript(SEED, this.rules, offers,
					this.papers.signedByAgency("giay-to-mau.pdf"), this.papers.signedByAgency("ket-qua-mau.pdf"), now);
			List<DemoDossierScript.Life> lives = script.plan(this.properties.demoDossiers());
			for (DemoDossierScript.Life life : lives) {
				DossierCode code = life.codeDay() == null ? null : this.codes.next(life.agency(), life.codeDay());
				Dossier dossier = script.live(life, code);
				this.dossiers.save(dossier);
				if (code != null) {
					String owner = "dossier:" + code.value();
					dossier.documents.stream()
						.map(SubmittedDocument::documentId)
						.filter(Objects::nonNull)
						.distinct()
						.forEach((id) -> this.papers.claim(id, owner));
					if (dossier.resultDocumentId != null) {
						this.papers.claim(dossier.resultDocumentId, owner);
					}
				}
			}
			return lives.size();
		});
		log.info("Demo dossiers loaded: {} (seed {}) in {} ms, {} ms of CPU", loaded, SEED,
				(System.nanoTime() - started) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
	}

	/**
	 * Every published procedure with a time limit at every agency applying it, and the
	 * cross-boundary provincial ones also at the service centre's desks.
	 */
	private List<DemoDossierScript.Offer> offers() {
		List<DemoDossierScript.Offer> offers = new ArrayList<>();
		List<ProcedureSummary> summaries = this.catalog
			.search(new ProcedureQuery(null, null, null, null, null, false, 0, ProcedureQuery.MAX_SIZE))
			.items();
		for (ProcedureSummary summary : summaries) {
			Optional<Procedure> published = this.catalog.findPublished(summary.code());
			if (published.isEmpty() || published.get().definition().timeLimit() == null) {
				continue;
			}
			ProcedureDefinition definition = published.get().definition();
			PinnedProcedure pinned = DossierWork.pin(published.get());
			Vnd fee = Vnd.of(definition.fees()
				.stream()
				.map(Fee::amount)
				.map(Vnd::amount)
				.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
			List<AgencyCode> agencies = new ArrayList<>(definition.agencies());
			if (definition.crossBoundary() && definition.levels().contains(Level.PROVINCE)
					&& !agencies.contains(DemoDossierScript.SERVICE_CENTRE)) {
				agencies.add(DemoDossierScript.SERVICE_CENTRE);
			}
			for (AgencyCode code : agencies) {
				this.organization.findAgency(code)
					.ifPresent(agency -> offers.add(offer(pinned, agency, definition, fee)));
			}
		}
		return offers;
	}

	private static DemoDossierScript.Offer offer(PinnedProcedure pinned, Agency agency, ProcedureDefinition definition,
			Vnd fee) {
		return new DemoDossierScript.Offer(pinned, agency.code(), agency.level(), agency.unit().value(),
				agency.validFrom(), agency.validTo(), definition.onlineLevel(), fee);
	}

}
