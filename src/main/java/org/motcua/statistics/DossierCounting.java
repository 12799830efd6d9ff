package org.motcua.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ProcedureDefinition;
import org.motcua.dossier.DossierFacts;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.Outcome;
import org.motcua.organization.Agency;
import org.motcua.organization.Organization;
import org.motcua.shared.AgencyCode;

import org.springframework.stereotype.Component;

/**
 * Turns a dossier's facts, as an event carries them or the dossier module's bulk read
 * gives them, into the row the statistics count. The incremental path and the rebuild
 * both go through here, so they cannot differ. A paper counts as digitized when it was
 * digitized and signed at intake (with its metadata) or taken from a warehouse, whose
 * items are digitized papers and results (Circular 01/2023/TT-VPCP).
 */
@Component
class DossierCounting {

	private final Catalog catalog;

	private final Organization organization;

	private final ZoneId zone;

	private final Map<String, ProcedureFacts> procedures = new ConcurrentHashMap<>();

	private final Map<String, Agency> agencies = new ConcurrentHashMap<>();

	DossierCounting(Catalog catalog, Organization organization, StatisticsProperties properties) {
		this.catalog = catalog;
		this.organization = organization;
		this.zone = properties.zone();
	}

	/** What the statistics need of a procedure version, which never changes. */
	record ProcedureFacts(String field, boolean paperResult, boolean fullOnline) {

	}

	/**
	 * The row of a dossier after an event, from the facts the event carries (or the bulk
	 * read gives, which are the same): no call back into the dossier module.
	 */
	CountedDossier count(DossierFacts d) {
		DossierFacts.Counts c = Objects.requireNonNull(d.counts(), "counts");
		ProcedureFacts procedure = procedure(d.procedureCode(), d.procedureVersion());
		Agency agency = agency(d.agency());
		DossierStatus status = d.status();
		boolean received = d.receivedAt() != null && status != DossierStatus.REJECTED;
		boolean resolved = status == DossierStatus.WITHDRAWN || status == DossierStatus.FINISHED
				|| status == DossierStatus.RESULT_RETURNED;
		Outcome outcome = d.outcome() == null ? null : d.countsLateInNationalIndex() ? Outcome.LATE : d.outcome();
		return new CountedDossier(d.code(), d.agency(), agency.unit().value(), agency.level().name(), d.procedureCode(),
				d.procedureVersion(), procedure.field(), d.channel().name(), status.name(), received,
				received ? date(d.receivedAt()) : null, d.receivedAt(), d.dueAt(), d.finishedAt(), d.returnedAt(),
				c.endedAt() == null ? null : date(c.endedAt()), received && !status.isClosed(), resolved,
				outcome == null ? null : outcome.name(), d.supplementRounds(), c.papers(), c.papersDigitized(),
				c.papersReused(), c.resultElectronic(), procedure.paperResult(), c.applicantVerified(), c.rating(),
				procedure.fullOnline(), c.lastEventAt());
	}

	private LocalDate date(Instant at) {
		return at.atZone(this.zone).toLocalDate();
	}

	ProcedureFacts procedure(String code, int version) {
		return this.procedures.computeIfAbsent(code + "@" + version, key -> {
			Optional<ProcedureDefinition> definition = this.catalog.findVersion(ProcedureCode.of(code), version)
				.map(p -> p.definition());
			return definition
				.map(p -> new ProcedureFacts(p.field() == null ? "" : p.field().code(),
						p.resultTypes().stream().anyMatch(r -> r.paperResult()), p.onlineLevel() == OnlineLevel.FULL))
				.orElse(new ProcedureFacts("", true, false));
		});
	}

	private Agency agency(String code) {
		return this.agencies.computeIfAbsent(code, key -> this.organization.findAgency(AgencyCode.of(key))
			.orElseThrow(() -> new IllegalStateException("Dossier of an unknown agency " + key)));
	}

}
