package org.motcua.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.motcua.catalog.Procedure;
import org.motcua.catalog.RequiredDocument;
import org.motcua.document.Documents;
import org.motcua.document.Ingested;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.PaperMetadata;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.api.ApplicantWarehouse;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.dossier.api.PaperSigning;
import org.motcua.warehouse.WarehouseItem;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Actor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The checklist of an intake form: laid out from the procedure's required documents, each
 * file ingested by the document module exactly as an API upload is (a refusal is kept
 * next to its paper, in the page's language), uploads kept between steps only when they
 * are the officer's own, and the papers handed over to the dossier.
 */
@Component
class DeskPapers {

	private final Documents documents;

	private final DossierDesk desk;

	private final MessageSource messages;

	private final ApplicantWarehouse warehouse;

	private final PaperSigning signing;

	private final Clock clock;

	DeskPapers(Documents documents, DossierDesk desk, MessageSource messages, ApplicantWarehouse warehouse,
			PaperSigning signing, Clock clock) {
		this.warehouse = warehouse;
		this.signing = signing;
		this.clock = clock;
		this.documents = documents;
		this.desk = desk;
		this.messages = messages;
	}

	/**
	 * Lays the form's papers out as the procedure's checklist, keeping what was posted
	 * for each of its papers and dropping anything else.
	 */
	static void arrange(IntakeForm form, Procedure procedure) {
		Map<String, IntakeForm.Paper> posted = form.getPapers()
			.stream()
			.filter(p -> p != null && p.getCode() != null)
			.collect(Collectors.toMap(IntakeForm.Paper::getCode, Function.identity(), (a, b) -> a));
		List<IntakeForm.Paper> papers = new ArrayList<>();
		for (RequiredDocument required : procedure.definition().requiredDocuments()) {
			IntakeForm.Paper paper = posted.getOrDefault(required.code(), new IntakeForm.Paper());
			paper.setCode(required.code());
			paper.setName(required.name());
			paper.setMandatory(required.mandatory());
			papers.add(paper);
		}
		form.setPapers(papers);
	}

	/** Forgets document ids that are not uploads of this officer still stored. */
	void keepOwnUploads(IntakeForm form, Actor actor) {
		for (IntakeForm.Paper paper : form.getPapers()) {
			if (paper.hasDocument() && !(this.desk.isStored(paper.getDocumentId())
					&& this.documents.isUploadedBy(paper.getDocumentId(), actor.username()))) {
				paper.forgetDocument();
			}
		}
	}

	/**
	 * Ingests the file chosen for each paper, as {@code POST /api/v1/documents} does; a
	 * refused file leaves its paper without a file and its reason next to it.
	 * @return whether any file was refused
	 */
	boolean ingestUploads(IntakeForm form) {
		boolean refused = false;
		for (IntakeForm.Paper paper : form.getPapers()) {
			if (!paper.hasUpload()) {
				continue;
			}
			try (InputStream in = paper.getFile().getInputStream()) {
				Ingested ingested = this.documents.ingest(in, paper.getFile().getOriginalFilename());
				paper.setDocumentId(ingested.documentId());
				paper.setFilename(paper.getFile().getOriginalFilename());
				paper.setPages(ingested.pages());
				paper.setHandedIn(true);
				this.documents.recognizeLater(ingested.documentId());
			}
			catch (RequestRefused ex) {
				paper.forgetDocument();
				paper.refuse(message("problem." + ex.code() + ".detail", ex.arguments()));
				refused = true;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return refused;
	}

	/** The names of the mandatory papers neither handed in nor attached, each marked. */
	static List<String> missing(IntakeForm form, BindingResult errors) {
		List<String> missing = new ArrayList<>();
		List<IntakeForm.Paper> papers = form.getPapers();
		for (int i = 0; i < papers.size(); i++) {
			IntakeForm.Paper paper = papers.get(i);
			if (paper.isMandatory() && !paper.isHandedIn() && !paper.hasDocument() && !paper.isReused()) {
				errors.rejectValue("papers[" + i + "].handedIn", "desk.paper.missing");
				missing.add(paper.getName());
			}
		}
		return missing;
	}

	/**
	 * The applicant's warehouse items each paper may reuse, by required document code;
	 * empty while the applicant's ID is not a personal ID or tax code.
	 */
	Map<String, List<WarehouseItem>> reusable(IntakeForm form, Procedure procedure) {
		IntakeForm.Party applicant = form.getApplicant();
		Map<String, List<WarehouseItem>> items = new LinkedHashMap<>();
		if (ApplicantWarehouse.owner(applicant.getIdType(), applicant.getIdNumber()).isEmpty()) {
			return items;
		}
		for (RequiredDocument required : procedure.definition().requiredDocuments()) {
			items.put(required.code(),
					this.warehouse.reusable(applicant.getIdType(), applicant.getIdNumber(), required));
		}
		return items;
	}

	/**
	 * Prefills the issue date of each uploaded paper without metadata from the text
	 * recognized on it; a paper whose text is still being recognized in the background is
	 * marked so (the page asks again for it). Never waits for recognition.
	 */
	void suggest(IntakeForm form) {
		if (!this.documents.ocrStatus().available()) {
			return;
		}
		for (IntakeForm.Paper paper : form.getPapers()) {
			if (!paper.hasDocument() || paper.isReused() || paper.hasMetadata()) {
				continue;
			}
			Recognition recognition = recognition(paper.getDocumentId());
			if (!recognition.done()) {
				paper.recognizing();
			}
			else if (recognition.issuedOn() != null) {
				paper.setIssuedOn(recognition.issuedOn().toString());
				paper.suggest();
			}
		}
	}

	/** Whether the text of a document is recognized, and the issue date found in it. */
	Recognition recognition(String documentId) {
		return this.documents.recognizedText(documentId)
			.map((text) -> new Recognition(true, text.suggestions().dates().stream().findFirst().orElse(null)))
			.orElse(new Recognition(false, null));
	}

	/**
	 * @param issuedOn the first date in the recognized text, {@code null} if none
	 */
	record Recognition(boolean done, LocalDate issuedOn) {
	}

	/**
	 * The papers handed over to the dossier, signed before the intake's transaction: a
	 * reused warehouse item as it is; an uploaded paper with metadata signed with the
	 * officer's key (the signed PDF stored as a new upload) and digitized; an upload
	 * without metadata as not digitized. A paper whose item or metadata is refused gets
	 * its reason and the answer is empty.
	 */
	Optional<List<SubmittedDocument>> submitted(IntakeForm form, Procedure procedure, Applicant applicant,
			Actor officer) {
		boolean refused = false;
		List<SubmittedDocument> papers = new ArrayList<>();
		for (IntakeForm.Paper paper : form.getPapers()) {
			if (paper.isReused()) {
				Optional<SubmittedDocument> reused = this.desk.reuse(procedure.code().value(), null, applicant,
						paper.getCode(), paper.getWarehouseItemId());
				if (reused.isEmpty()) {
					paper.setWarehouseItemId("");
					paper.rejectMetadata(message("digitize.reuse.refused"));
					refused = true;
				}
				reused.ifPresent(papers::add);
			}
			else if (paper.hasDocument() && paper.hasMetadata()) {
				PaperMetadata metadata;
				try {
					metadata = paper.toMetadata();
				}
				catch (IllegalArgumentException ex) {
					paper.rejectMetadata(message("digitize.metadata.invalid"));
					refused = true;
					continue;
				}
				if (!refused) {
					String signed = this.signing.sign(paper.getDocumentId(), paper.getFilename(), officer);
					papers.add(SubmittedDocument.digitized(paper.getCode(), signed, metadata, officer.username(),
							this.clock.instant()));
				}
			}
			else if (paper.hasDocument()) {
				papers
					.add(new SubmittedDocument(paper.getCode(), paper.getDocumentId(), null, Provenance.NOT_DIGITIZED));
			}
			else if (paper.isHandedIn()) {
				papers.add(new SubmittedDocument(paper.getCode(), null, null, Provenance.NOT_DIGITIZED));
			}
		}
		return refused ? Optional.empty() : Optional.of(papers);
	}

	static List<String> names(Procedure procedure, List<String> codes) {
		return codes.stream()
			.map(code -> procedure.definition().findRequiredDocument(code).map(RequiredDocument::name).orElse(code))
			.toList();
	}

	/** A message in the page's language. */
	String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

}
