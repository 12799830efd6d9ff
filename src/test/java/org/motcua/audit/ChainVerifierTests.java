package org.motcua.audit;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.motcua.audit.Verification.Reason;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerifierTests {

	static List<Entry> sealed(int count) {
		List<Entry> chain = new ArrayList<>();
		String previous = Chain.GENESIS;
		for (int i = 1; i <= count; i++) {
			Entry e = ChainTests.entry("entry " + i, null);
			e = new Entry(i, e.occurredAt(), e.recordedAt(), e.username(), e.address(), e.action(), e.subjectType(),
					e.subjectId(), e.summary(), e.purpose(), null, null, null);
			String hash = Chain.hash(previous, e, i);
			chain.add(withChain(e, (long) i, previous, hash));
			previous = hash;
		}
		return chain;
	}

	static Entry withChain(Entry e, Long position, String previous, String hash) {
		return new Entry(e.id(), e.occurredAt(), e.recordedAt(), e.username(), e.address(), e.action(), e.subjectType(),
				e.subjectId(), e.summary(), e.purpose(), position, previous, hash);
	}

	static ChainVerifier.Walk walk(List<Entry> chain) {
		ChainVerifier.Walk walk = new ChainVerifier.Walk();
		chain.forEach(walk::step);
		return walk;
	}

	@Test
	void acceptsUntouchedChain() {
		ChainVerifier.Walk walk = walk(sealed(5));
		assertThat(walk.reason).isNull();
		assertThat(walk.checked).isEqualTo(5);
	}

	@Test
	void findsChangedContent() {
		List<Entry> chain = sealed(5);
		Entry e = chain.get(2);
		chain.set(2, new Entry(e.id(), e.occurredAt(), e.recordedAt(), e.username(), e.address(), e.action(),
				e.subjectType(), e.subjectId(), "forged", e.purpose(), e.chainPosition(), e.previousHash(), e.hash()));
		ChainVerifier.Walk walk = walk(chain);
		assertThat(walk.reason).isEqualTo(Reason.CONTENT_CHANGED);
		assertThat(walk.brokenAt).isEqualTo(3);
		assertThat(walk.checked).isEqualTo(2);
	}

	@Test
	void findsRehashedEntryByItsSuccessor() {
		List<Entry> chain = sealed(5);
		Entry e = chain.get(2);
		Entry forged = new Entry(e.id(), e.occurredAt(), e.recordedAt(), e.username(), e.address(), e.action(),
				e.subjectType(), e.subjectId(), "forged", e.purpose(), null, null, null);
		chain.set(2, withChain(forged, 3L, e.previousHash(), Chain.hash(e.previousHash(), forged, 3)));
		ChainVerifier.Walk walk = walk(chain);
		assertThat(walk.reason).isEqualTo(Reason.HASH_MISMATCH);
		assertThat(walk.brokenAt).isEqualTo(4);
	}

	@Test
	void findsDeletedEntry() {
		List<Entry> chain = sealed(5);
		chain.remove(1);
		ChainVerifier.Walk walk = walk(chain);
		assertThat(walk.reason).isEqualTo(Reason.GAP);
		assertThat(walk.brokenAt).isEqualTo(2);
	}

}
