package org.motcua.dossier.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierSummary;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Outcome;
import org.motcua.dossier.PaperMetadata;
import org.motcua.dossier.Provenance;

/**
 * The dossier as {@code GET /api/v1/dossiers/{code}} answers it (API.md), with instants
 * at the province's offset ({@code 2023-11-03T09:32:00+07:00}).
 */
record DossierJson(String code, ProcedureJson procedure, DossierStatus status, Integer nationalStatus,
		OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt, OffsetDateTime returnedAt,
		Outcome outcome, List<TimelineJson> timeline, Object applicant, Object representative, Channel channel,
		String agency, String unit, int procedureVersion, List<StepJson> steps, List<DocumentJson> documents,
		ResultJson result, RatingJson rating, List<EventJson> events) {

	static DossierJson of(DossierView v, String procedureName, ZoneId zone) {
		return new DossierJson(v.code(), new ProcedureJson(v.procedure().code(), procedureName), v.status(),
				v.nationalStatus(), at(v.receivedAt(), zone), at(v.dueAt(), zone), at(v.finishedAt(), zone),
				at(v.returnedAt(), zone), v.outcome(), TimelineJson.of(v, zone), v.applicant(), v.representative(),
				v.channel(), v.agency(), v.unit(), v.procedureVersion(),
				v.steps()
					.stream()
					.map(s -> new StepJson(s.name(), s.unit(), s.assignee(), at(s.startedAt(), zone),
							at(s.dueAt(), zone), at(s.endedAt(), zone), s.outcome()))
					.toList(),
				v.documents().stream().map(d -> DocumentJson.of(d, zone)).toList(),
				v.result() == null ? null
						: new ResultJson(v.result().documentId(), v.result().approvedBy(),
								at(v.result().approvedAt(), zone)),
				v.rating() == null ? null
						: new RatingJson(v.rating().score(), v.rating().comment(), at(v.rating().at(), zone)),
				v.events().stream().map(e -> new EventJson(DossierJson.at(e.at(), zone), e.type(), e.by())).toList());
	}

	/** An instant as the API shows it: in the province's zone, to the second. */
	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant == null ? null
				: instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime();
	}

	record ProcedureJson(String code, String name) {

	}

	record TimelineJson(OffsetDateTime at, DossierStatus status, String unit) {

		static List<TimelineJson> of(DossierView v, ZoneId zone) {
			return v.timeline()
				.stream()
				.map(t -> new TimelineJson(DossierJson.at(t.at(), zone), t.status(), t.unit()))
				.toList();
		}

	}

	record StepJson(String name, String unit, String assignee, OffsetDateTime startedAt, OffsetDateTime dueAt,
			OffsetDateTime endedAt, Outcome outcome) {

	}

	/**
	 * A submitted paper; a digitized one adds its metadata ({@code permanent} when it
	 * never expires), who digitized and signed it and when; a reused one its warehouse
	 * item.
	 */
	record DocumentJson(String requiredDocumentCode, String documentId, Provenance provenance, String warehouseItemId,
			String number, LocalDate issuedOn, String issuer, LocalDate validUntil, Boolean permanent, String summary,
			String digitizedBy, OffsetDateTime digitizedAt) {

		static DocumentJson of(DossierView.Document d, ZoneId zone) {
			PaperMetadata m = d.metadata();
			return new DocumentJson(d.requiredDocumentCode(), d.documentId(), d.provenance(), d.warehouseItemId(),
					m == null ? null : m.number(), m == null ? null : m.issuedOn(), m == null ? null : m.issuer(),
					m == null ? null : m.validUntil(), m == null ? null : m.isPermanent(),
					m == null ? null : m.summary(), d.digitizedBy(), at(d.digitizedAt(), zone));
		}

	}

	record ResultJson(String documentId, String approvedBy, OffsetDateTime approvedAt) {

	}

	record EventJson(OffsetDateTime at, String type, String by) {

	}

	/** The public status lookup's answer (API.md): no personal data. */
	record StatusJson(String code, ProcedureJson procedure, DossierStatus status, Integer nationalStatus,
			OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime finishedAt, OffsetDateTime returnedAt,
			Outcome outcome, List<TimelineJson> timeline) {

		static StatusJson of(DossierView v, String procedureName, ZoneId zone) {
			return new StatusJson(v.code(), new ProcedureJson(v.procedure().code(), procedureName), v.status(),
					v.nationalStatus(), at(v.receivedAt(), zone), at(v.dueAt(), zone), at(v.finishedAt(), zone),
					at(v.returnedAt(), zone), v.outcome(), TimelineJson.of(v, zone));
		}

	}

	/** One line of the list. */
	record SummaryJson(String code, String procedureCode, int procedureVersion, String agency, DossierStatus status,
			String applicantName, Channel channel, OffsetDateTime receivedAt, OffsetDateTime dueAt, Outcome outcome) {

		static SummaryJson of(DossierSummary s, ZoneId zone) {
			return new SummaryJson(s.code(), s.procedureCode(), s.procedureVersion(), s.agency(), s.status(),
					s.applicantName(), s.channel(), at(s.receivedAt(), zone), at(s.dueAt(), zone), s.outcome());
		}

	}

	/** A page of the list. */
	record PageJson(List<SummaryJson> items, long total) {

	}

	/** The answer to an intake. */
	record IntakeJson(String code, DossierStatus status, OffsetDateTime dueAt, String receiptUrl) {

	}

	record RatingJson(int score, String comment, OffsetDateTime at) {

	}

}
