package org.motcua.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Read-model rows built by hand for the hand-computed datasets of the tests. */
final class TestRows {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private TestRows() {
	}

	/**
	 * Waits (a minute at most) until the statistics have counted every dossier event
	 * published so far, such as those of the demo dossiers loaded at start: a test that
	 * recomputes every roll-up must not race them.
	 */
	static void awaitCounting(JdbcClient jdbc) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline && jdbc.sql(
				"SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%statistics%'")
			.query(Long.class)
			.single() > 0) {
			Thread.sleep(200);
		}
	}

	/** A builder of one dossier's row; everything not said is false, zero or absent. */
	static Row row(String code, String agency, String unit, String level, String channel, String receivedOn) {
		return new Row(code, agency, unit, level, channel, LocalDate.parse(receivedOn));
	}

	static final class Row {

		final String code;

		final String agency;

		final String unit;

		final String level;

		final String channel;

		final LocalDate receivedOn;

		String procedure = "1.000001";

		String status = "IN_PROCESS";

		String outcome;

		LocalDate endedOn;

		Instant dueAt;

		int rounds;

		int papers;

		int digitized;

		int reused;

		boolean resultElectronic;

		boolean paperResult = true;

		boolean verified;

		Integer rating;

		boolean eligible;

		Row(String code, String agency, String unit, String level, String channel, LocalDate receivedOn) {
			this.code = code;
			this.agency = agency;
			this.unit = unit;
			this.level = level;
			this.channel = channel;
			this.receivedOn = receivedOn;
		}

		Row ended(String status, String outcome, String on) {
			this.status = status;
			this.outcome = outcome;
			this.endedOn = LocalDate.parse(on);
			return this;
		}

		Row due(String on) {
			this.dueAt = LocalDate.parse(on).atTime(17, 0).atZone(ZONE).toInstant();
			return this;
		}

		Row papers(int papers, int digitized, int reused) {
			this.papers = papers;
			this.digitized = digitized;
			this.reused = reused;
			return this;
		}

		Row result(boolean electronic, boolean paper) {
			this.resultElectronic = electronic;
			this.paperResult = paper;
			return this;
		}

		Row verified() {
			this.verified = true;
			return this;
		}

		Row rated(int score) {
			this.rating = score;
			return this;
		}

		Row eligible() {
			this.eligible = true;
			return this;
		}

		Row rounds(int rounds) {
			this.rounds = rounds;
			return this;
		}

		CountedDossier build() {
			boolean closed = this.endedOn != null;
			boolean resolved = closed && !this.status.equals("STOPPED");
			Instant received = this.receivedOn.atTime(9, 0).atZone(ZONE).toInstant();
			Instant finished = this.outcome == null ? null : this.endedOn.atTime(10, 0).atZone(ZONE).toInstant();
			return new CountedDossier(this.code, this.agency, this.unit, this.level, this.procedure, 1, "F1",
					this.channel, this.status, true, this.receivedOn, received,
					this.dueAt == null ? received.plusSeconds(5 * 86400) : this.dueAt, finished,
					this.status.equals("RESULT_RETURNED") ? finished : null, this.endedOn, !closed, resolved,
					this.outcome, this.rounds, this.papers, this.digitized, this.reused, this.resultElectronic,
					this.paperResult, this.verified, this.rating, this.eligible, received);
		}

	}

}
