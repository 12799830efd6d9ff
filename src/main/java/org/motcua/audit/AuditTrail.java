package org.motcua.audit;

import java.time.Clock;

import org.motcua.shared.Audited;
import org.motcua.shared.Origin;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: records what people do and which personal data they read, lists it,
 * and verifies that nothing recorded was changed or removed since.
 *
 * <p>
 * Changes reach the trail mostly as {@link Audited} events, which the trail records on
 * its own; {@link #record(Audited)} is for a module that must record within its own
 * transaction.
 */
@Service
public class AuditTrail {

	/** The action of an entry that records a read of personal data. */
	public static final String READ = "personal-data.read";

	private final AuditEntries entries;

	private final Sealing sealing;

	private final ChainVerifier verifier;

	private final Clock clock;

	AuditTrail(AuditEntries entries, Sealing sealing, ChainVerifier verifier, Clock clock) {
		this.entries = entries;
		this.sealing = sealing;
		this.verifier = verifier;
		this.clock = clock;
	}

	/**
	 * Records a change, in the caller's transaction (or a new one). Recording the same
	 * event again (same action, subject, origin and summary) adds nothing.
	 * @return whether a new entry was added
	 */
	@Transactional
	public boolean record(Audited event) {
		Origin origin = event.origin();
		return this.entries.append(Chain.eventKey(event), origin.at(), this.clock.instant(), origin.username(),
				origin.address(), event.action(), event.subjectType(), event.subjectId(), event.summary(), null);
	}

	/**
	 * Records that the current actor (from the current request) read a personal record,
	 * and why ({@code purpose}, e.g. the dossier being handled). Runs and commits in a
	 * transaction of its own, so it may be called from a read-only transaction; every
	 * call adds an entry.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRead(String subjectType, String subjectId, String purpose) {
		Origin origin = Origin.current(this.clock);
		this.entries.append(null, origin.at(), this.clock.instant(), origin.username(), origin.address(), READ,
				subjectType, subjectId, "", purpose);
	}

	/** A page of the entries that match {@code filter}, newest first. */
	@Transactional(readOnly = true)
	public EntryPage find(EntryFilter filter, int page, int size) {
		return this.entries.find(filter, Math.max(0, page), Math.max(1, size));
	}

	/**
	 * Seals (chains) every entry committed so far, in transactions of its own; the job
	 * does this every few seconds.
	 * @return how many entries were sealed
	 */
	public long seal() {
		return this.sealing.sealAll();
	}

	/**
	 * Recomputes the whole chain: intact, or where and why it breaks (an entry changed, a
	 * link broken, an entry deleted, entries left unsealed too long).
	 */
	public Verification verify() {
		return this.verifier.verify();
	}

}
