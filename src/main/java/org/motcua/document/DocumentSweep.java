package org.motcua.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what no one holds: uploads left unclaimed for longer than
 * {@code motcua.document.sweep-age}, and stored bytes without any record (written by a
 * transaction that rolled back) older than that age. Bytes are kept while any upload row,
 * claim, or stored file record other than an upload's still refers to them. Each hash is
 * swept in its own transaction holding the lock on its record, so an upload or claim of
 * the same bytes waits for it (and stores the bytes again if they were just removed).
 */
@Component
class DocumentSweep {

	private static final Logger log = LoggerFactory.getLogger(DocumentSweep.class);

	private final DocumentStorage storage;

	private final StoredFiles files;

	private final IngestedDocuments ingested;

	private final DocumentProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DocumentSweep(DocumentStorage storage, StoredFiles files, IngestedDocuments ingested, DocumentProperties properties,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.storage = storage;
		this.files = files;
		this.ingested = ingested;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Sweeps once (skipped while another instance sweeps). */
	@SchedulerLock(name = "document-sweep")
	public void sweep() {
		Instant cutoff = this.clock.instant().minus(this.properties.sweepAge());
		int deleted = 0;
		for (String sha256 : this.ingested.unclaimedBefore(cutoff)) {
			if (Boolean.TRUE.equals(this.transactions.execute(status -> sweepUpload(sha256, cutoff)))) {
				deleted++;
			}
		}
		try {
			for (String sha256 : this.storage.writtenBefore(cutoff)) {
				if (Boolean.TRUE.equals(this.transactions.execute(status -> sweepOrphan(sha256)))) {
					deleted++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (deleted > 0) {
			log.info("Swept {} stored files no one claimed", deleted);
		}
	}

	private boolean sweepUpload(String sha256, Instant cutoff) {
		boolean ingestedOnly = this.files.lock(sha256).orElse(true);
		this.ingested.removeUnclaimed(sha256, cutoff);
		if (!ingestedOnly || this.ingested.isIngested(sha256) || this.ingested.isClaimed(sha256)) {
			return false;
		}
		this.files.remove(sha256);
		delete(sha256);
		return true;
	}

	private boolean sweepOrphan(String sha256) {
		if (this.files.lock(sha256).isPresent() || this.ingested.isIngested(sha256)
				|| this.ingested.isClaimed(sha256)) {
			return false;
		}
		delete(sha256);
		return true;
	}

	private void delete(String sha256) {
		try {
			this.storage.delete(sha256);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
