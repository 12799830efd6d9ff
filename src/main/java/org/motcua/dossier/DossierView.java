package org.motcua.dossier;

import java.time.Instant;
import java.util.List;

/**
 * The whole dossier as {@code GET /api/v1/dossiers/{code}} shows it: the public status
 * fields plus applicant, channel, agency, unit, procedure version, steps, documents,
 * result, rating and events.
 */
public record DossierView(String code, Procedure procedure, DossierStatus status, Integer nationalStatus,
		Instant receivedAt, Instant dueAt, Instant finishedAt, Instant returnedAt, Outcome outcome,
		List<TimelineLine> timeline, Applicant applicant, Representative representative, Channel channel, String agency,
		String unit, int procedureVersion, List<Step> steps, List<Document> documents, Result result, Rating rating,
		List<EventLine> events, boolean countsLateInNationalIndex) {

	public record Procedure(String code, int version) {

	}

	public record TimelineLine(Instant at, DossierStatus status, String unit) {

	}

	/** A run of a plan step; {@code planIndex} is the step's place in the pinned plan. */
	public record Step(String name, String unit, String assignee, Instant startedAt, Instant dueAt, Instant endedAt,
			Outcome outcome, int planIndex) {

	}

	/**
	 * A submitted paper; a digitized one has its metadata, who digitized and signed it
	 * and when, the others {@code null} there.
	 */
	public record Document(String requiredDocumentCode, String documentId, Provenance provenance,
			String warehouseItemId, PaperMetadata metadata, String digitizedBy, Instant digitizedAt) {

	}

	public record Result(String documentId, String approvedBy, Instant approvedAt) {

	}

	/** A line of the history: when, what, by whom, and its note or reason if any. */
	public record EventLine(Instant at, String type, String by, String note) {

	}

	static DossierView of(Dossier d) {
		return new DossierView(d.code == null ? null : d.code.value(),
				new Procedure(d.procedure.code(), d.procedure.version()), d.status, d.status.nationalCode(),
				d.receivedAt, d.dueAt, d.finishedAt, d.returnedAt, d.outcome,
				d.timeline.stream().map(t -> new TimelineLine(t.at(), t.status(), t.unit())).toList(), d.applicant,
				d.representative, d.channel, d.agency.value(), d.unit, d.procedure.version(),
				d.steps.stream()
					.map(s -> new Step(s.name(), s.agency() + (s.department() == null ? "" : "/" + s.department()),
							s.assignee(), s.startedAt(), s.dueAt(), s.endedAt(), s.outcome(), s.planIndex()))
					.toList(),
				d.documents.stream()
					.map(s -> new Document(s.requiredDocumentCode(), s.documentId(), s.provenance(),
							s.warehouseItemId(), s.metadata(), s.digitizedBy(), s.digitizedAt()))
					.toList(),
				d.resultDocumentId == null ? null : new Result(d.resultDocumentId, d.approvedBy, d.approvedAt),
				d.rating, d.timeline.stream().map(t -> new EventLine(t.at(), t.type(), t.by(), t.note())).toList(),
				d.countsLateInNationalIndex());
	}

}
