package org.motcua.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.motcua.dossier.DossierLine;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWork;
import org.motcua.organization.Agency;
import org.motcua.organization.Organization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the read model: a dossier's row is recounted from the dossier as it stands now,
 * so applying an event twice, late or out of order changes nothing; an event older than
 * the row's last one is skipped. Only dossiers that were once received are kept (the
 * others count nowhere). The rebuild recounts every received dossier of every agency the
 * same way.
 */
@Service
public class ReadModel {

	private static final Logger log = LoggerFactory.getLogger(ReadModel.class);

	private static final int PAGE = 500;

	private final DossierWork dossiers;

	private final Organization organization;

	private final DossierCounting counting;

	private final CountedDossiers rows;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separate;

	ReadModel(DossierWork dossiers, Organization organization, DossierCounting counting, CountedDossiers rows,
			PlatformTransactionManager transactions) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.counting = counting;
		this.rows = rows;
		this.transaction = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Recounts the dossier after an event at {@code at}, in a transaction of its own,
	 * again when a concurrent delivery of another event of the dossier (or of its roll-up
	 * group) wrote first; whether its row changed.
	 */
	boolean apply(String code, Instant at) {
		if (code == null) {
			return false;
		}
		for (int attempt = 1;; attempt++) {
			try {
				return Boolean.TRUE.equals(this.separate.execute(status -> recount(code, at)));
			}
			catch (DuplicateKeyException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Runs {@code work} again when a delivery of an event wrote the same row meanwhile.
	 */
	private static void retried(Runnable work) {
		for (int attempt = 1;; attempt++) {
			try {
				work.run();
				return;
			}
			catch (DuplicateKeyException ex) {
				if (attempt == 5) {
					throw ex;
				}
			}
		}
	}

	private boolean recount(String code, Instant at) {
		Optional<CountedDossier> before = this.rows.findForUpdate(code);
		if (before.isPresent() && at.isBefore(before.get().lastEventAt())) {
			return false;
		}
		Optional<CountedDossier> row = this.dossiers.find(code).filter(d -> d.receivedAt() != null).map(this::count);
		if (row.isEmpty() || row.equals(before)) {
			return false;
		}
		this.rows.save(row.get());
		return true;
	}

	private CountedDossier count(DossierView d) {
		Instant last = d.events().stream().map(DossierView.EventLine::at).max(Instant::compareTo).orElse(Instant.EPOCH);
		return this.counting.count(d, last);
	}

	/**
	 * Throws the read model away and recounts every dossier ever received, agency by
	 * agency, in batches of its own transactions; then recomputes every roll-up. Answers
	 * how many dossiers it counted.
	 */
	public int rebuild() {
		long started = System.nanoTime();
		this.transaction.executeWithoutResult(status -> this.rows.deleteAll());
		int counted = 0;
		for (Agency agency : this.organization.agencies((LocalDate) null)) {
			Instant from = Instant.EPOCH;
			Set<String> seenAtFrom = new HashSet<>();
			while (true) {
				List<DossierLine> page = this.dossiers.findReceived(agency.code(), from,
						Instant.parse("9999-01-01T00:00:00Z"), PAGE);
				List<String> codes = new ArrayList<>();
				for (DossierLine line : page) {
					if (!seenAtFrom.contains(line.code())) {
						codes.add(line.code());
					}
				}
				retried(() -> this.transaction.executeWithoutResult(status -> codes
					.forEach(code -> this.dossiers.find(code).map(this::count).ifPresent(this.rows::put))));
				counted += codes.size();
				if (page.size() < PAGE) {
					break;
				}
				Instant last = page.get(page.size() - 1).receivedAt();
				if (!last.equals(from)) {
					seenAtFrom.clear();
				}
				page.stream().filter(l -> l.receivedAt().equals(last)).forEach(l -> seenAtFrom.add(l.code()));
				if (codes.isEmpty()) {
					throw new IllegalStateException("More than " + PAGE + " dossiers received at " + last);
				}
				from = last;
			}
		}
		retried(() -> this.transaction.executeWithoutResult(status -> this.rows.rollUpAll()));
		log.info("Statistics rebuilt from {} dossiers in {} ms", counted, (System.nanoTime() - started) / 1_000_000);
		return counted;
	}

}
