package org.motcua.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indicators of a cut (API.md, {@code GET /api/v1/statistics/indicators}; DOMAIN.md,
 * "Indicators"): counts of the dossiers received in the period and rates as fractions
 * 0..1, {@code null} where the denominator is zero or the system does not hold the data
 * ({@code onlinePaymentRate}: whether a payment was made online is not recorded).
 * Received means national codes 2 and 4–10; resolved 7, 9 and 10; early, on time and late
 * count finished dossiers, one with more than one supplement round as late.
 */
public record Indicators(long received, Map<String, Long> byChannel, long resolved, Double resolutionRate, long early,
		long onTime, long late, Double earlyOrOnTimeRate, long inProcess, long overdue, long stopped, long withdrawn,
		Double dossierDigitizationRate, Double resultDigitizationRate, Double reuseRate, Double populationLookupRate,
		Double onlineShare, Double fullOnlineShare, Double satisfactionRate, Double onlinePaymentRate) {

	static Indicators of(Tally t, long overdue) {
		Map<String, Long> channels = new LinkedHashMap<>();
		channels.put("COUNTER", t.counter());
		channels.put("ONLINE", t.online());
		channels.put("POST", t.post());
		return new Indicators(t.received(), channels, t.resolved(), Tally.rate(t.resolved(), t.received()), t.early(),
				t.onTime(), t.late(), Tally.rate(t.early() + t.onTime(), t.finished()), t.inProcess(), overdue,
				t.stopped(), t.withdrawn(), Tally.rate(t.digitized(), t.received()),
				Tally.rate(t.resultDigitized(), t.resolved()), Tally.rate(t.reused(), t.received()),
				Tally.rate(t.verified(), t.received()), Tally.rate(t.online(), t.received()),
				Tally.rate(t.fullOnline(), t.eligibleFull()), Tally.rate(t.satisfied(), t.rated()), null);
	}

}
