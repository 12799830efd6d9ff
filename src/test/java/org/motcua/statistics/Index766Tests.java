package org.motcua.statistics;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The computable parts of the 766 index over a hand-computed tally. */
class Index766Tests {

	// received 10, resolved 8, early 5, on time 2, late 1, digitized fully 6, results 7,
	// reused 2, verified 9, low ratings 1, eligible 4, full online 3
	static final Tally TALLY = new Tally(null, 10, 4, 6, 0, 8, 5, 2, 1, 2, 0, 0, 9, 6, 7, 2, 9, 3, 2, 1, 4, 3);

	@Test
	void computesEachPartFromItsInputs() {
		Index766 index = Index766.of(TALLY, 5);
		Map<String, IndexPart> parts = index.parts()
			.stream()
			.collect(Collectors.toMap(IndexPart::name, Function.identity()));
		assertThat(parts.get("synchronised").points()).isCloseTo(3.0, within(1e-9));
		assertThat(parts.get("earlyOrOnTime").points()).isCloseTo(20 * 7.0 / 8, within(1e-9));
		assertThat(parts.get("fullOnline").points()).isCloseTo(12 * 0.75, within(1e-9));
		assertThat(parts.get("electronicResults").points()).isCloseTo(6 * 7.0 / 8, within(1e-9));
		assertThat(parts.get("digitizedDossiers").points()).isCloseTo(0.6 * 4 / 0.8, within(1e-9));
		assertThat(parts.get("reuse").points()).isCloseTo(0.2 * 2 / 0.8, within(1e-9));
		assertThat(parts.get("populationDossiers").points()).isCloseTo(2 * 0.9, within(1e-9));
		// 1 - 1/8 - 1/10 = 0.775 < 0.9
		assertThat(parts.get("processing").points()).isCloseTo(0.775 * 6 / 0.9, within(1e-9));
		assertThat(parts.get("paidOnline").points()).isNull();
		assertThat(parts.get("publishedOnTime").points()).isNull();
		assertThat(index.computableMax()).isEqualTo(6 + 20 + 12 + 6 + 4 + 2 + 2 + 6);
	}

	@Test
	void givesFullMarksAboveTheThresholdAndNothingWithoutData() {
		Tally full = new Tally(null, 10, 0, 10, 0, 10, 10, 0, 0, 0, 0, 0, 10, 9, 10, 9, 10, 0, 0, 0, 0, 0);
		Map<String, IndexPart> parts = Index766.of(full, 10)
			.parts()
			.stream()
			.collect(Collectors.toMap(IndexPart::name, Function.identity()));
		assertThat(parts.get("digitizedDossiers").points()).isEqualTo(4.0);
		assertThat(parts.get("reuse").points()).isEqualTo(2.0);
		assertThat(parts.get("processing").points()).isEqualTo(6.0);
		assertThat(parts.get("fullOnline").points()).isNull();
		Index766 empty = Index766.of(new Tally(null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 0);
		assertThat(empty.parts()).allSatisfy(p -> assertThat(p.points()).isNull());
		assertThat(empty.points()).isZero();
	}

}
