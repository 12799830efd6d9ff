package org.motcua.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.motcua.organization.Agency;
import org.motcua.organization.Organization;
import org.motcua.shared.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Generates a province-year of realistic dossiers straight into the read model (not into
 * the dossier tables), for measurements: seasonality (a dip at the Lunar New Year, a rise
 * before mid-year and year-end), a level mix (communes file most), channels (online
 * rising), outcomes, supplements, digitization, reuse, lookups and ratings. Rows are
 * written in JDBC batches, then every roll-up is recomputed. Randomised with a seed,
 * which it logs.
 */
@Component
class ProvinceYear {

	private static final Logger log = LoggerFactory.getLogger(ProvinceYear.class);

	private static final double[] MONTH_WEIGHT = { 0.9, 0.55, 1.0, 1.0, 1.05, 1.1, 1.0, 0.95, 1.0, 1.05, 1.1, 1.2 };

	private static final int BATCH = 5000;

	private final Organization organization;

	private final CountedDossiers rows;

	private final ZoneId zone;

	ProvinceYear(Organization organization, CountedDossiers rows, StatisticsProperties properties) {
		this.organization = organization;
		this.rows = rows;
		this.zone = properties.zone();
	}

	/**
	 * Writes {@code count} dossiers received in {@code year}, codes prefixed
	 * {@code GEN-<year>-}.
	 */
	int generate(int count, int year, long seed) {
		log.info("Generating {} dossiers for {} with seed {}", count, year, seed);
		Random random = new Random(seed);
		List<Agency> agencies = this.organization.agencies(LocalDate.of(year, 6, 30));
		if (agencies.isEmpty()) {
			throw new IllegalStateException("No agencies in " + year);
		}
		double[] cumulative = cumulativeDays(year);
		List<CountedDossier> batch = new ArrayList<>(BATCH);
		for (int i = 0; i < count; i++) {
			batch.add(dossier(random, agencies, year, cumulative, i));
			if (batch.size() == BATCH || i == count - 1) {
				this.rows.insertAll(batch);
				batch.clear();
			}
		}
		this.rows.rollUpAll();
		return count;
	}

	private CountedDossier dossier(Random random, List<Agency> agencies, int year, double[] cumulative, int i) {
		Agency agency = agency(random, agencies);
		LocalDate day = day(random, year, cumulative);
		Instant received = day.atTime(7 + random.nextInt(9), random.nextInt(60)).atZone(this.zone).toInstant();
		Instant due = received.plusSeconds(86400L * (1 + random.nextInt(15)));
		double roll = random.nextDouble();
		String channel = roll < 0.62 ? "ONLINE" : roll < 0.97 ? "COUNTER" : "POST";
		double fate = random.nextDouble();
		String status;
		String outcome = null;
		Instant finished = null;
		if (fate < 0.9) {
			status = random.nextDouble() < 0.85 ? "RESULT_RETURNED" : "FINISHED";
			double t = random.nextDouble();
			outcome = t < 0.7 ? "EARLY" : t < 0.96 ? "ON_TIME" : "LATE";
			long span = java.time.Duration.between(received, due).getSeconds();
			finished = outcome.equals("LATE") ? due.plusSeconds(86400L * (1 + random.nextInt(5)))
					: received.plusSeconds((long) (span * random.nextDouble() * (outcome.equals("EARLY") ? 0.8 : 1)));
		}
		else if (fate < 0.92) {
			status = "WITHDRAWN";
			finished = received.plusSeconds(86400L * random.nextInt(5));
		}
		else if (fate < 0.93) {
			status = "STOPPED";
			finished = received.plusSeconds(86400L * random.nextInt(5));
		}
		else {
			status = fate < 0.96 ? "IN_PROCESS" : fate < 0.98 ? "AWAITING_SUPPLEMENT" : "RECEIVED";
		}
		int rounds = status.equals("AWAITING_SUPPLEMENT") ? 1 : random.nextDouble() < 0.05 ? 1 + random.nextInt(2) : 0;
		if (rounds > 1 && outcome != null) {
			outcome = "LATE";
		}
		boolean resolved = status.equals("RESULT_RETURNED") || status.equals("FINISHED") || status.equals("WITHDRAWN");
		int papers = 1 + random.nextInt(4);
		int digitized = random.nextDouble() < 0.95 ? papers : random.nextInt(papers + 1);
		int reused = random.nextDouble() < 0.3 ? Math.min(digitized, 1 + random.nextInt(2)) : 0;
		boolean paperResult = random.nextDouble() < 0.9;
		boolean result = outcome != null && random.nextDouble() < 0.93;
		Integer rating = status.equals("RESULT_RETURNED") && random.nextDouble() < 0.4 ? 1 + random.nextInt(5) : null;
		String procedure = "1.%06d".formatted(Math.min(300, (int) Math.floor(Math.exp(random.nextDouble() * 5.7))));
		LocalDate ended = finished == null ? null : finished.atZone(this.zone).toLocalDate();
		return new CountedDossier("GEN-%d-%07d".formatted(year, i), agency.code().value(), agency.unit().value(),
				agency.level().name(), procedure, 1, "F" + procedure.charAt(procedure.length() - 1), channel, status,
				true, day, received, due, finished, status.equals("RESULT_RETURNED") ? finished : null, ended,
				finished == null, resolved, outcome, rounds, papers, digitized, reused, result, paperResult,
				random.nextDouble() < 0.8, rating, random.nextDouble() < 0.4, finished == null ? received : finished);
	}

	private static Agency agency(Random random, List<Agency> agencies) {
		double roll = random.nextDouble();
		Level level = roll < 0.25 ? Level.PROVINCE : roll < 0.45 ? Level.DISTRICT : Level.COMMUNE;
		List<Agency> of = agencies.stream().filter(a -> a.level() == level).toList();
		List<Agency> from = of.isEmpty() ? agencies : of;
		return from.get(random.nextInt(from.size()));
	}

	private static double[] cumulativeDays(int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		int days = first.lengthOfYear();
		double[] cumulative = new double[days];
		double total = 0;
		for (int d = 0; d < days; d++) {
			LocalDate day = first.plusDays(d);
			int dow = day.getDayOfWeek().getValue();
			double weight = MONTH_WEIGHT[day.getMonthValue() - 1] * (dow <= 5 ? 1 : dow == 6 ? 0.25 : 0.02);
			total += weight;
			cumulative[d] = total;
		}
		for (int d = 0; d < days; d++) {
			cumulative[d] /= total;
		}
		return cumulative;
	}

	private static LocalDate day(Random random, int year, double[] cumulative) {
		double roll = random.nextDouble();
		int index = java.util.Arrays.binarySearch(cumulative, roll);
		index = index >= 0 ? index : Math.min(-index - 1, cumulative.length - 1);
		return LocalDate.of(year, 1, 1).plusDays(index);
	}

}
