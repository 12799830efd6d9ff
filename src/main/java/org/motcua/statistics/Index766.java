package org.motcua.statistics;

import java.util.List;

/**
 * The 766 index of a cut for the parts the system's own data can compute: each part with
 * formula, inputs and points; {@code points} sums the computed parts out of
 * {@code computableMax}; the others ({@code points == null}) need data not held.
 */
public record Index766(List<IndexPart> parts, double points, double computableMax) {

	static Index766 of(Tally t, long synchronised) {
		List<IndexPart> parts = List.of(
				IndexPart.notHeld("transparency", "publishedOnTime", 6, "procedures published on time ÷ procedures"),
				IndexPart.notHeld("transparency", "updatedOnTime", 4, "procedures updated on time ÷ procedures"),
				IndexPart.notHeld("transparency", "completeContent", 2, "procedures with complete content"),
				IndexPart.rate("transparency", "synchronised", 6, synchronised, t.received(),
						"dossiers synchronised to the national portal ÷ received × 6"),
				IndexPart.rate("progress", "earlyOrOnTime", 20, t.early() + t.onTime(), t.finished(),
						"(early + on time) ÷ finished × 20; more than one supplement round counts late"),
				IndexPart.rate("online", "fullOnline", 12, t.fullOnline(), t.eligibleFull(),
						"full-online dossiers ÷ dossiers of procedures eligible for full online service × 12"),
				IndexPart.notHeld("payment", "integrated", 2, "procedures integrated with online payment"),
				IndexPart.notHeld("payment", "withTransactions", 2, "procedures with online payments"),
				IndexPart.notHeld("payment", "paidOnline", 6, "dossiers paid online ÷ dossiers with fees × 6"),
				IndexPart.rate("digitization", "electronicResults", 6, t.resultDigitized(), t.resolved(),
						"resolved with an electronic result (or no paper result) ÷ resolved × 6"),
				IndexPart.threshold("digitization", "digitizedDossiers", 4, t.fullyDigitized(), t.received(), 0.8,
						"dossiers with every paper digitized (and an electronic result where the result is on paper)"
								+ " ÷ received; full at ≥ 80 %, else rate × 4 ÷ 80 %"),
				IndexPart.notHeld("digitization", "certifiedCopies", 2, "electronic certified copies"),
				IndexPart.threshold("digitization", "reuse", 2, t.reused(), t.received(), 0.8,
						"dossiers with a reused paper ÷ received; full at ≥ 80 %, else rate × 2 ÷ 80 %"),
				IndexPart.notHeld("digitization", "warehouseConnected", 4, "connection to the national warehouse"),
				IndexPart.rate("digitization", "populationDossiers", 2, t.verified(), t.received(),
						"dossiers whose applicant was looked up in the population registry ÷ received × 2"),
				IndexPart.notHeld("digitization", "populationProcedures", 2,
						"procedures using population data ÷ procedures"),
				IndexPart.notHeld("satisfaction", "complaintsOnTime", 6, "complaints handled on time"),
				IndexPart.notHeld("satisfaction", "complaintSatisfaction", 6, "satisfaction with complaint handling"),
				satisfaction(t));
		double points = parts.stream().filter(p -> p.points() != null).mapToDouble(IndexPart::points).sum();
		double max = parts.stream().filter(p -> p.points() != null).mapToDouble(IndexPart::max).sum();
		return new Index766(parts, points, max);
	}

	private static IndexPart satisfaction(Tally t) {
		String formula = "100 % − late ÷ finished − low ratings (1–2) ÷ received; full at ≥ 90 %, else value × 6 ÷ 90 %";
		if (t.received() == 0 || t.finished() == 0) {
			return new IndexPart("satisfaction", "processing", 6, formula, null, null);
		}
		double value = 1 - (double) t.late() / t.finished() - (double) t.lowRated() / t.received();
		double points = value >= 0.9 ? 6 : Math.max(0, value) * 6 / 0.9;
		return new IndexPart("satisfaction", "processing", 6, formula,
				t.late() + " / " + t.finished() + ", " + t.lowRated() + " / " + t.received(), points);
	}

}
