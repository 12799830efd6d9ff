package org.motcua.statistics;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.motcua.dossier.DossierFacts;
import org.motcua.dossier.DossierWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the read model: a dossier's row is counted from the facts its events carry, each
 * the dossier as it stood after that event, so no event calls back into the dossier
 * module. Events of one dossier are ordered by the sequence of its history their facts
 * carry: applying an event twice, or one older than the row's (delivered late, even at
 * the same instant), changes nothing. Only dossiers that were once received are kept (the
 * others count nowhere). The rebuild counts every received dossier the same way, from the
 * dossier module's bulk read of the same facts.
 */
@Service
public class ReadModel {

	private static final Logger log = LoggerFactory.getLogger(ReadModel.class);

	/**
	 * Dossiers per page of the rebuild: one read, one batch of inserts, one transaction.
	 */
	private static final int PAGE = 1000;

	private final DossierWork dossiers;

	private final DossierCounting counting;

	private final CountedDossiers rows;

	private final TransactionTemplate transaction;

	private final TransactionTemplate separate;

	ReadModel(DossierWork dossiers, DossierCounting counting, CountedDossiers rows,
			PlatformTransactionManager transactions) {
		this.dossiers = dossiers;
		this.counting = counting;
		this.rows = rows;
		this.transaction = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Counts the dossier as an event's {@code facts} describe it, in a transaction of its
	 * own, again when a concurrent delivery of another event of the dossier (or of its
	 * roll-up group) wrote first; whether its row changed. An event published before
	 * facts carried their counts is counted from the dossier as it stands now.
	 */
	boolean apply(DossierFacts facts) {
		if (facts == null || facts.code() == null) {
			return false;
		}
		Optional<DossierFacts> counted = facts.counts() != null ? Optional.of(facts)
				: this.dossiers.findFacts(facts.code());
		if (counted.isEmpty()) {
			return false;
		}
		for (int attempt = 1;; attempt++) {
			try {
				return Boolean.TRUE.equals(this.separate.execute(status -> recount(counted.get())));
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

	private boolean recount(DossierFacts facts) {
		Optional<CountedDossiers.Sequenced> before = this.rows.findSequencedForUpdate(facts.code());
		if (before.isPresent() && isOlder(facts.counts(), before.get())) {
			return false;
		}
		if (facts.receivedAt() == null) {
			return false;
		}
		CountedDossier row = this.counting.count(facts);
		Optional<CountedDossier> earlier = before.map(CountedDossiers.Sequenced::row);
		if (earlier.isPresent() && row.equals(earlier.get())
				&& Integer.valueOf(facts.counts().sequence()).equals(before.get().sequence())) {
			return false;
		}
		this.rows.replace(row, facts.counts().sequence(), earlier);
		return true;
	}

	/**
	 * Whether facts of an event came before those that wrote the row: by the dossier's
	 * history sequence, or by instant for a row written before sequences were kept.
	 */
	private static boolean isOlder(DossierFacts.Counts facts, CountedDossiers.Sequenced stored) {
		if (stored.sequence() != null) {
			return facts.sequence() < stored.sequence();
		}
		return facts.lastEventAt().isBefore(stored.row().lastEventAt());
	}

	/**
	 * Throws the read model away and recounts every dossier ever received, page by page
	 * of the dossier module's bulk read, each page inserted in one transaction of its
	 * own; then recomputes every roll-up. Answers how many dossiers it counted.
	 */
	public int rebuild() {
		long started = System.nanoTime();
		this.transaction.executeWithoutResult(status -> this.rows.deleteAll());
		AtomicLong counted = new AtomicLong();
		this.dossiers.eachReceived(PAGE, page -> {
			insert(page);
			long total = counted.addAndGet(page.size());
			if (total % 100_000 < page.size()) {
				log.info("Statistics rebuild: {} dossiers counted in {} ms", total,
						(System.nanoTime() - started) / 1_000_000);
			}
		});
		retried(() -> this.transaction.executeWithoutResult(status -> this.rows.rollUpAll()));
		log.info("Statistics rebuilt from {} dossiers in {} ms", counted.get(),
				(System.nanoTime() - started) / 1_000_000);
		return Math.toIntExact(counted.get());
	}

	/**
	 * Inserts a page's rows in one batch; when an event's delivery wrote some of them
	 * since the rebuild began, each row of the page is put in place of that one unless
	 * the event was later than the facts read.
	 */
	private void insert(List<DossierFacts> page) {
		List<CountedDossier> counted = page.stream().map(this.counting::count).toList();
		int[] sequences = page.stream().mapToInt(f -> f.counts().sequence()).toArray();
		try {
			this.transaction.executeWithoutResult(status -> this.rows.insertAll(counted, sequences));
		}
		catch (DuplicateKeyException ex) {
			retried(() -> this.transaction.executeWithoutResult(status -> {
				for (int i = 0; i < page.size(); i++) {
					Optional<CountedDossiers.Sequenced> before = this.rows.findSequencedForUpdate(page.get(i).code());
					if (before.isEmpty() || !isOlder(page.get(i).counts(), before.get())) {
						this.rows.put(counted.get(i), sequences[i], before.isPresent());
					}
				}
			}));
		}
	}

}
