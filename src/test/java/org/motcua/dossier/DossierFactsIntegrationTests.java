package org.motcua.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.motcua.shared.AgencyCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts a dossier's events carry, and the dossier module's bulk read of the same
 * facts for rebuilding read models: the bulk read gives, for every received demo dossier
 * (every state), exactly {@link Dossier#facts()}; each event carries the dossier as it
 * stands after it, the later event with the greater sequence; events stored before the
 * facts had their counts still read back. On PostgreSQL other test contexts share the
 * database: the demo dossiers are compared.
 */
@SpringBootTest
@RecordApplicationEvents
class DossierFactsIntegrationTests {

	static final AgencyCode DONG_SON = AgencyCode.of("000.20.01.H99");

	@Autowired
	DossierWork work;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventSerializer serializer;

	@Autowired
	ApplicationEvents events;

	private Set<String> demo() {
		return new HashSet<>(this.jdbc
			.sql("SELECT code FROM dossier WHERE code IS NOT NULL"
					+ " AND (applicant_id_number LIKE '099%' OR applicant_id_number LIKE '99%')")
			.query(String.class)
			.list());
	}

	@Test
	void bulkReadGivesTheFactsOfEveryReceivedDossier() {
		Map<String, DossierFacts> bulk = new HashMap<>();
		List<Integer> pages = new ArrayList<>();
		long handed = this.work.eachReceived(7, page -> {
			pages.add(page.size());
			page.forEach(f -> assertThat(bulk.put(f.code(), f)).isNull());
		});
		assertThat(handed).isEqualTo(bulk.size());
		assertThat(pages).hasSizeGreaterThan(2);
		assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(size -> assertThat(size).isEqualTo(7));
		Set<DossierStatus> states = EnumSet.noneOf(DossierStatus.class);
		int compared = 0;
		for (String code : demo()) {
			DossierFacts facts = this.work.findFacts(code).orElseThrow();
			if (facts.receivedAt() == null) {
				assertThat(bulk).doesNotContainKey(code);
				continue;
			}
			assertThat(bulk.get(code)).as(code).isEqualTo(facts);
			states.add(facts.status());
			compared++;
		}
		assertThat(compared).isGreaterThan(20);
		assertThat(states).containsAll(EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROCESS,
				DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.AWAITING_PAYMENT, DossierStatus.AWAITING_APPROVAL,
				DossierStatus.FINISHED, DossierStatus.RESULT_RETURNED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED));
		assertThat(bulk.values()).anySatisfy(f -> assertThat(f.counts().papersDigitized()).isPositive())
			.anySatisfy(f -> assertThat(f.counts().rating()).isNotNull())
			.anySatisfy(f -> assertThat(f.counts().endedAt()).isNotNull())
			.anySatisfy(f -> assertThat(f.counts().resultElectronic()).isTrue());
	}

	@Test
	void eachEventCarriesTheDossierAsItStandsAfterIt() {
		String id = String.format("0%011d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
		Applicant applicant = new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, id, "Lê Văn " + id.substring(8),
				LocalDate.of(1990, 1, 2), null, null, "Thôn 2");
		String code = this.work
			.receiveAtDesk(
					new IntakeCommand("1.001193", DONG_SON, Channel.COUNTER, applicant, null,
							List.of(new SubmittedDocument("TKKS", "e".repeat(64), null, Provenance.REUSED_PAPER),
									new SubmittedDocument("GCS", null, null, Provenance.NOT_DIGITIZED))),
					null, "desk1")
			.code();
		this.work.act(code, Action.HAND_OVER, new ActionBody(null, null, null, null, "specialist1", "Chuyển", null,
				null, null, null, null, null, null, null, null, null), "desk1");
		List<DossierFacts> published = this.events.stream(DossierEvent.class)
			.map(DossierEvent::dossier)
			.filter(f -> code.equals(f.code()))
			.toList();
		assertThat(published).extracting(DossierFacts::status)
			.containsExactly(DossierStatus.RECEIVED, DossierStatus.IN_PROCESS);
		assertThat(published.get(1).counts().sequence()).isGreaterThan(published.get(0).counts().sequence());
		assertThat(published.get(0).counts()).satisfies(c -> {
			assertThat(c.papers()).isEqualTo(2);
			assertThat(c.papersDigitized()).isEqualTo(1);
			assertThat(c.papersReused()).isEqualTo(1);
			assertThat(c.endedAt()).isNull();
		});
		assertThat(published.get(1)).isEqualTo(this.work.findFacts(code).orElseThrow());
		List<DossierFacts> bulk = new ArrayList<>();
		this.work.eachReceived(10_000, page -> page.stream().filter(f -> code.equals(f.code())).forEach(bulk::add));
		assertThat(bulk).containsExactly(published.get(1));
		String withdrawn = code;
		this.work.act(withdrawn, Action.WITHDRAW, new ActionBody(null, null, null, null, null, "Rút", null, null, null,
				null, null, null, null, null, null, null), "desk1");
		DossierFacts ended = this.events.stream(Withdrawn.class)
			.map(Withdrawn::dossier)
			.filter(f -> code.equals(f.code()))
			.findFirst()
			.orElseThrow();
		assertThat(ended.counts().endedAt()).isNotNull().isEqualTo(ended.counts().lastEventAt());
		assertThat(ended).isEqualTo(this.work.findFacts(code).orElseThrow());
	}

	@Test
	void readsBackEventsStoredBeforeTheFactsHadCounts() {
		String code = demo().stream().sorted().findFirst().orElseThrow();
		DossierFacts now = this.work.findFacts(code).orElseThrow();
		DossierFacts old = new DossierFacts(now.code(), now.procedureCode(), now.procedureVersion(), now.agency(),
				now.unit(), now.channel(), now.applicantKind(), now.idType(), now.idLastFour(), now.status(),
				now.nationalCode(), now.submittedAt(), now.receivedAt(), now.dueAt(), now.finishedAt(),
				now.returnedAt(), now.outcome(), now.supplementRounds(), now.countsLateInNationalIndex(), null);
		DossierReceived event = new DossierReceived(old, "desk1", now.submittedAt(), false);
		String json = this.serializer.serialize(event).toString();
		assertThat(json).contains("\"counts\":null");
		String stored = json.replace(",\"counts\":null", "");
		assertThat(stored).doesNotContain("\"counts\":");
		assertThat(this.serializer.deserialize(stored, DossierReceived.class)).isEqualTo(event);
		DossierReceived current = new DossierReceived(now, "desk1", now.submittedAt(), false);
		Object serialized = this.serializer.serialize(current);
		assertThat(serialized.toString()).contains("\"sequence\":");
		assertThat(this.serializer.deserialize(serialized, DossierReceived.class)).isEqualTo(current);
	}

}
