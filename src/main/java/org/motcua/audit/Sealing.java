package org.motcua.audit;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed entries after the fact, so that writers never wait on the chain: takes
 * the unsealed entries in id order, a batch per transaction, and gives each the next
 * position and the hash over the previous one. Two sealers racing (which the job's lock
 * prevents) cannot both take a position: positions are unique, and the loser's batch
 * rolls back. Each batch records the new head as a checkpoint, and logs it, so that
 * deleting the newest entries is found too (and a copy of the head exists outside the
 * database, in the logs).
 */
@Component
class Sealing {

	private static final Logger log = LoggerFactory.getLogger(Sealing.class);

	private final AuditEntries entries;

	private final AuditProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Sealing(AuditEntries entries, AuditProperties properties, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.entries = entries;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Seals every entry committed so far; answers how many. */
	long sealAll() {
		long sealed = 0;
		int batch;
		do {
			Integer count = this.transactions.execute(status -> sealBatch());
			batch = count == null ? 0 : count;
			sealed += batch;
		}
		while (batch == this.properties.sealBatchSize());
		if (sealed > 0) {
			log.debug("Sealed {} audit entries", sealed);
		}
		return sealed;
	}

	private int sealBatch() {
		List<Entry> unsealed = this.entries.findUnsealed(this.properties.sealBatchSize());
		if (unsealed.isEmpty()) {
			return 0;
		}
		AuditEntries.Link head = this.entries.findChainHead().orElse(new AuditEntries.Link(0, Chain.GENESIS));
		long position = head.position();
		String previous = head.hash();
		for (Entry entry : unsealed) {
			position++;
			String hash = Chain.hash(previous, entry, position);
			if (!this.entries.seal(entry.id(), position, previous, hash)) {
				throw new DataIntegrityViolationException("Audit entry " + entry.id() + " was sealed concurrently");
			}
			previous = hash;
		}
		this.entries.recordCheckpoint(new AuditEntries.Link(position, previous), this.clock.instant());
		log.info("Audit chain sealed up to position {}, head hash {}", position, previous);
		return unsealed.size();
	}

}
