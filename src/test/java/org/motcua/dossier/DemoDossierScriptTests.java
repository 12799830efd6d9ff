package org.motcua.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.motcua.calendar.LimitUnit;
import org.motcua.calendar.TimeLimit;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.Vnd;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;
import org.motcua.shared.PersonalId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo dossiers' lives on the standard week of 2024 (holidays of April and May
 * included), with a handful of offers like the demo catalog's: a commune's one-day and
 * two-hour procedures, a province's ten-day procedure with a fee, a thirty-calendar-day
 * procedure without online filing, and a district agency dissolved on 2025-07-01.
 */
class DemoDossierScriptTests {

	static final Instant NOW = ZonedDateTime.of(2024, 6, 14, 15, 20, 0, 0, StandardWeek.ZONE).toInstant();

	/** The sample paper as each agency signed it: one document per agency. */
	static String paper(AgencyCode agency) {
		return String.format("%064x", agency.value().hashCode() & 0xffffffffL);
	}

	static String result(AgencyCode agency) {
		return String.format("%063x", agency.value().hashCode() & 0xffffffffL) + "c";
	}

	static PinnedProcedure procedure(String code, TimeLimit limit, String province) {
		return new PinnedProcedure(code, 1, limit, List.of("TK", "GT", "UQ"), List.of("TK", "GT"),
				List.of(new PlannedStep("Tiếp nhận", "DESK_OFFICER", "VP", null, BigDecimal.ONE),
						new PlannedStep("Thẩm định", "SPECIALIST", "VHXH", province, BigDecimal.valueOf(5)),
						new PlannedStep("Phê duyệt", "APPROVER", null, null, BigDecimal.valueOf(2))));
	}

	static DemoDossierScript.Offer offer(PinnedProcedure p, String agency, Level level, OnlineLevel online, long fee,
			LocalDate validTo) {
		return new DemoDossierScript.Offer(p, AgencyCode.of(agency), level, "99100", LocalDate.of(1991, 1, 1), validTo,
				online, Vnd.of(fee));
	}

	static final List<DemoDossierScript.Offer> OFFERS = List.of(
			offer(procedure("1.001193", TimeLimit.of(1, LimitUnit.WORKING_DAYS), null), "000.20.01.H99", Level.COMMUNE,
					OnlineLevel.FULL, 0, null),
			offer(procedure("2.000908", TimeLimit.of(2, LimitUnit.WORKING_HOURS), null), "000.20.02.H99", Level.COMMUNE,
					OnlineLevel.PARTIAL, 2000, null),
			offer(procedure("2.000488", TimeLimit.of(10, LimitUnit.WORKING_DAYS), null), "000.00.02.H99",
					Level.PROVINCE, OnlineLevel.FULL, 200_000, null),
			offer(procedure("1.012757", TimeLimit.of(30, LimitUnit.CALENDAR_DAYS), "000.00.04.H99"), "000.20.01.H99",
					Level.COMMUNE, OnlineLevel.NONE, 600_000, null),
			offer(procedure("1.009994", TimeLimit.of(15, LimitUnit.WORKING_DAYS), null), "000.00.10.H99",
					Level.DISTRICT, OnlineLevel.FULL, 75_000, LocalDate.of(2024, 3, 1)));

	static DemoDossierScript script(long seed) {
		return new DemoDossierScript(seed, DossierFixtures.WEEK, OFFERS, DemoDossierScriptTests::paper,
				DemoDossierScriptTests::result, NOW);
	}

	static List<Dossier> dossiers(DemoDossierScript script, int count) {
		int[] number = { 0 };
		return script.plan(count)
			.stream()
			.map(life -> script.live(life,
					life.codeDay() == null ? null : new DossierCode(life.agency(), life.codeDay(), ++number[0])))
			.toList();
	}

	@Test
	void theShowcaseAloneHasEveryStateChannelAndOutcome() {
		List<Dossier> all = dossiers(script(DemoDossiers.SEED), DemoDossierScript.SHOWCASE.size());
		assertThat(all).hasSize(DemoDossierScript.SHOWCASE.size());
		assertThat(all).extracting(d -> d.status).containsAll(EnumSet.allOf(DossierStatus.class));
		assertThat(all).extracting(d -> d.channel).containsAll(EnumSet.allOf(Channel.class));
		assertThat(all).extracting(d -> d.outcome).contains(Outcome.EARLY, Outcome.ON_TIME, Outcome.LATE);
		assertThat(all).anyMatch(d -> d.isOverdue(NOW) && d.status == DossierStatus.IN_PROCESS);
		assertThat(all).anyMatch(d -> !d.extensions.isEmpty());
		assertThat(all).anyMatch(d -> d.supplementRounds > 0 && d.status == DossierStatus.RESULT_RETURNED);
		assertThat(all).anyMatch(d -> d.paymentReference != null);
		assertThat(all).anyMatch(d -> d.rating != null);
		assertThat(all).extracting(d -> d.agency.value()).contains("000.00.02.H99", "000.20.01.H99");
	}

	@Test
	void everyLifeHappensBeforeNowInOrderAndOnlyAtAgenciesOfItsDay() {
		List<Dossier> all = dossiers(script(DemoDossiers.SEED), 200);
		assertThat(all).hasSizeGreaterThan(190);
		for (Dossier d : all) {
			assertThat(d.createdAt).isBefore(NOW).isAfter(NOW.minus(java.time.Duration.ofDays(125)));
			Instant previous = d.createdAt;
			for (TimelineEntry entry : d.timeline) {
				assertThat(entry.at()).as(d.timeline.toString()).isAfterOrEqualTo(previous).isBefore(NOW);
				previous = entry.at();
			}
			assertThat(d.agency.value()).isNotEqualTo("000.00.10.H99");
			if (d.finishedAt != null) {
				assertThat(d.outcome).isEqualTo(Outcome.of(d.finishedAt, d.dueAt, StandardWeek.ZONE));
			}
			if (d.channel == Channel.ONLINE) {
				assertThat(d.procedure.code()).isNotEqualTo("1.012757");
			}
		}
		assertThat(all.stream().filter(d -> d.status == DossierStatus.RESULT_RETURNED).count())
			.isGreaterThan(all.size() / 3);
	}

	@Test
	void aboutNineDossiersInTenHaveDigitizedPapers() {
		List<Dossier> all = dossiers(script(DemoDossiers.SEED), 200);
		long digitized = all.stream()
			.filter(d -> d.documents.stream().anyMatch(p -> p.provenance() == Provenance.DIGITIZED))
			.count();
		assertThat(digitized * 100 / all.size()).isBetween(82L, 97L);
		assertThat(all).allSatisfy(d -> assertThat(d.documents).allSatisfy(p -> assertThat(p.documentId())
			.isEqualTo(p.provenance() == Provenance.DIGITIZED ? paper(d.agency) : null)));
		assertThat(all).filteredOn(d -> d.finishedAt != null)
			.allSatisfy(d -> assertThat(d.resultDocumentId).isEqualTo(result(d.agency)));
	}

	@Test
	void applicantsHaveDistinctWellFormedIdentifiers() {
		List<Dossier> all = dossiers(script(DemoDossiers.SEED), 200);
		Set<String> ids = new HashSet<>();
		for (Dossier d : all) {
			Applicant a = d.applicant;
			if (a.idType() == IdType.PERSONAL_ID) {
				assertThat(PersonalId.of(a.idNumber()).value()).hasSize(12);
				if (!a.equals(DemoPeople.CITIZEN)) {
					assertThat(a.idNumber()).startsWith("099");
					assertThat(a.idNumber().substring(4, 6))
						.isEqualTo(String.format("%02d", a.birthDate().getYear() % 100));
					assertThat(ids.add(a.idNumber())).as("duplicate " + a.idNumber()).isTrue();
				}
			}
			assertThat(a.address()).endsWith(", tỉnh An Hòa");
			assertThat(a.name()).matches("\\p{L}+( \\p{L}+)+.*");
		}
	}

	@Test
	void theSameSeedWritesTheSameLivesAndAnotherSeedOthers() {
		List<DemoDossierScript.Life> once = script(DemoDossiers.SEED).plan(60);
		List<DemoDossierScript.Life> again = script(DemoDossiers.SEED).plan(60);
		assertThat(again).isEqualTo(once);
		assertThat(dossiers(script(DemoDossiers.SEED), 60)).extracting(d -> d.timeline.toString())
			.isEqualTo(dossiers(script(DemoDossiers.SEED), 60).stream().map(d -> d.timeline.toString()).toList());
		assertThat(script(DemoDossiers.SEED + 1).plan(60)).isNotEqualTo(once);
	}

}
