package org.motcua.audit;

import java.time.Clock;
import java.util.Optional;

import org.motcua.audit.Verification.Reason;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the whole chain, streaming the sealed entries in position order: each must
 * sit at the next position, link to the hash before it and still give its own hash. Then
 * the newest checkpoint of the head must still be in the chain with the same hash (so
 * deleting or rewriting the newest entries is found), and no entry may have waited for
 * its seal longer than the tolerance.
 */
@Component
class ChainVerifier {

	private final AuditEntries entries;

	private final AuditProperties properties;

	private final Clock clock;

	ChainVerifier(AuditEntries entries, AuditProperties properties, Clock clock) {
		this.entries = entries;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Verification verify() {
		// read before the walk: a seal committed meanwhile only adds entries after it
		Optional<AuditEntries.Link> checkpoint = this.entries.findLatestCheckpoint();
		Walk walk = new Walk(checkpoint.map(AuditEntries.Link::position).orElse(0L));
		this.entries.streamSealed(walk::step);
		if (walk.reason != null) {
			return Verification.broken(walk.checked, walk.brokenAt, walk.reason);
		}
		if (checkpoint.isPresent()) {
			long end = walk.expected - 1;
			if (checkpoint.get().position() > end) {
				return Verification.broken(walk.checked, end + 1, Reason.TRUNCATED);
			}
			String hash = walk.hashAt(checkpoint.get().position());
			if (!checkpoint.get().hash().equals(hash)) {
				return Verification.broken(walk.checked, checkpoint.get().position(), Reason.HASH_MISMATCH);
			}
		}
		if (this.entries.hasUnsealedRecordedBefore(this.clock.instant().minus(this.properties.unsealedTolerance()))) {
			return Verification.broken(walk.checked, null, Reason.UNSEALED);
		}
		return Verification.intact(walk.checked);
	}

	/** The walk along the chain, stopping at the first break. */
	static final class Walk {

		private final long remembered;

		private String rememberedHash;

		long checked;

		long expected = 1;

		String previous = Chain.GENESIS;

		Long brokenAt;

		Reason reason;

		/** A walk that remembers the hash at one position (the latest checkpoint's). */
		Walk(long remembered) {
			this.remembered = remembered;
		}

		/** A walk that remembers no checkpoint. */
		Walk() {
			this(0);
		}

		String hashAt(long position) {
			return position == this.remembered ? this.rememberedHash : null;
		}

		void step(Entry entry) {
			if (this.reason != null) {
				return;
			}
			long position = entry.chainPosition();
			if (position != this.expected) {
				broken(this.expected, Reason.GAP);
				return;
			}
			if (!this.previous.equals(entry.previousHash())) {
				broken(position, Reason.HASH_MISMATCH);
				return;
			}
			if (!Chain.hash(entry.previousHash(), entry, position).equals(entry.hash())) {
				broken(position, Reason.CONTENT_CHANGED);
				return;
			}
			if (position == this.remembered) {
				this.rememberedHash = entry.hash();
			}
			this.checked++;
			this.expected++;
			this.previous = entry.hash();
		}

		private void broken(long position, Reason reason) {
			this.brokenAt = position;
			this.reason = reason;
		}

	}

}
