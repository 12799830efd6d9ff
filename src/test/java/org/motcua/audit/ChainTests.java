package org.motcua.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.motcua.shared.Origin;

import static org.assertj.core.api.Assertions.assertThat;

class ChainTests {

	static final Instant AT = Instant.parse("2026-11-27T03:15:30.123456Z");

	static Entry entry(String summary, String purpose) {
		return new Entry(7, AT, AT.plusSeconds(1), "desk1", "10.0.0.1", "agency.created", "agency", "000.00.01.H99",
				summary, purpose, null, null, null);
	}

	@Test
	void writesEachFieldWithItsLengthInFixedOrder() {
		assertThat(Chain.canonicalText(entry("Tạo cơ quan", null), 3)).isEqualTo("""
				position:1:3
				id:1:7
				occurredAt:27:2026-11-27T03:15:30.123456Z
				recordedAt:27:2026-11-27T03:15:31.123456Z
				username:5:desk1
				address:8:10.0.0.1
				action:14:agency.created
				subjectType:6:agency
				subjectId:13:000.00.01.H99
				summary:11:Tạo cơ quan
				purpose:-
				""");
	}

	@Test
	void tellsMissingValueFromEmptyValue() {
		assertThat(Chain.canonicalText(entry("", null), 1)).isNotEqualTo(Chain.canonicalText(entry("", ""), 1));
	}

	@Test
	void cannotBeFooledByMovingTextBetweenFields() {
		Entry a = entry("x\npurpose:1:y", null);
		Entry b = entry("x", "y");
		assertThat(Chain.canonicalText(a, 1)).isNotEqualTo(Chain.canonicalText(b, 1));
	}

	@Test
	void hashesPreviousHashAndCanonicalTextWithSha256() {
		Entry entry = entry("s", null);
		String expected = Chain.sha256Hex(Chain.GENESIS + "\n" + Chain.canonicalText(entry, 1));
		assertThat(Chain.hash(Chain.GENESIS, entry, 1)).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(Chain.sha256Hex("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void changesHashWhenContentPositionOrPreviousHashChanges() {
		String hash = Chain.hash(Chain.GENESIS, entry("s", null), 1);
		assertThat(Chain.hash(Chain.GENESIS, entry("t", null), 1)).isNotEqualTo(hash);
		assertThat(Chain.hash(Chain.GENESIS, entry("s", null), 2)).isNotEqualTo(hash);
		assertThat(Chain.hash("1".repeat(64), entry("s", null), 1)).isNotEqualTo(hash);
	}

	@Test
	void derivesSameEventKeyForSameEventOnly() {
		Origin origin = new Origin("desk1", "10.0.0.1", AT);
		TestAudited event = new TestAudited("agency.created", "agency", "000.00.01.H99", origin, "s");
		TestAudited again = new TestAudited("agency.created", "agency", "000.00.01.H99", origin, "s");
		TestAudited later = new TestAudited("agency.created", "agency", "000.00.01.H99",
				new Origin("desk1", "10.0.0.1", AT.plusNanos(1000)), "s");
		assertThat(Chain.eventKey(event)).isEqualTo(Chain.eventKey(again)).hasSize(64);
		assertThat(Chain.eventKey(later)).isNotEqualTo(Chain.eventKey(event));
	}

	@Test
	void capsPageSizeAt500() {
		assertThat(AuditSearch.size(1000, 20)).isEqualTo(500);
		assertThat(AuditSearch.size(null, 20)).isEqualTo(20);
		assertThat(AuditSearch.size(0, 20)).isEqualTo(1);
	}

}
