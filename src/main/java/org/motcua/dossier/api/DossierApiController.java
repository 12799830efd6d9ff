package org.motcua.dossier.api;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.motcua.catalog.Vnd;
import org.motcua.dossier.Action;
import org.motcua.dossier.ActionBody;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.IntakeReceipt;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.Representative;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.forms.FormKind;
import org.motcua.dossier.forms.Forms;
import org.motcua.dossier.forms.IssuedForm;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff dossier API of API.md: intake at the desk, the visible list, the whole
 * dossier, one action at a time, and the printed forms. A dossier the caller may not see
 * answers the same 404 as an unknown one.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Intake, processing and printed forms of dossiers (staff)")
@PreAuthorize("hasAnyRole('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'APPROVER', 'LEADER', 'AGENCY_ADMIN',"
		+ " 'PROVINCE_ADMIN', 'STATISTICS_VIEWER', 'AUDITOR')")
class DossierApiController {

	private final DossierDesk desk;

	private final Forms forms;

	DossierApiController(DossierDesk desk, Forms forms) {
		this.desk = desk;
		this.forms = forms;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('DESK_OFFICER', 'AGENCY_ADMIN', 'PROVINCE_ADMIN')")
	@Operation(summary = "Receive a dossier at the desk",
			description = "At the token's agency, or agencyCode if the account may act for it. Every documentId must be"
					+ " a stored upload; it is claimed by the dossier. The receipt is issued right after the intake's"
					+ " commit (or on its first request, should that fail)."
					+ " With an Idempotency-Key header, the same key and body answer the first answer and create"
					+ " nothing; the same key with another body is a 409.")
	@ApiResponse(responseCode = "201", description = "{ code, status, dueAt, receiptUrl }")
	@ApiResponse(responseCode = "400",
			description = "request.invalid (errors[{field, message}]), dossier.missing-documents (missing[]),"
					+ " dossier.unknown-procedure, dossier.unknown-agency, dossier.agency-not-applying")
	@ApiResponse(responseCode = "403", description = "agencyCode of an agency the account may not act for")
	@ApiResponse(responseCode = "409", description = "dossier.idempotency-conflict, dossier.daily-numbers-used-up (the"
			+ " agency has received 9999 dossiers today, the most its codes can number)")
	ResponseEntity<DossierJson.IntakeJson> receive(@Valid @RequestBody DossierRequests.Intake body,
			@Parameter(description = "makes the intake idempotent") @RequestHeader(name = "Idempotency-Key",
					required = false) String idempotencyKey) {
		Actor actor = actor();
		AgencyCode agency = agency(actor, body.agencyCode());
		InvalidFields invalid = new InvalidFields();
		Applicant applicant = applicant(body.applicant(), "applicant", invalid);
		Representative representative = representative(body.representative(), invalid);
		List<SubmittedDocument> documents = papers(body.documents(), "documents", invalid,
				(required, item) -> this.desk.reuse(body.procedureCode().strip(), null, applicant, required, item));
		invalid.throwIfAny();
		IntakeCommand command = new IntakeCommand(body.procedureCode().strip(), agency, body.channel(), applicant,
				representative, documents);
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		IntakeReceipt receipt = this.desk.receive(command, key, actor);
		String receiptUrl = "/api/v1/dossiers/" + receipt.code() + "/forms/receipt.pdf";
		return ResponseEntity.created(URI.create("/api/v1/dossiers/" + receipt.code()))
			.body(new DossierJson.IntakeJson(receipt.code(), receipt.status(),
					DossierJson.at(receipt.dueAt(), this.desk.zone()), receiptUrl));
	}

	@GetMapping
	@Operation(summary = "The dossiers the token may see",
			description = "Staff see their agency's dossiers and those handed to it; province administrators see all."
					+ " status is the internal status; q searches code and applicant name; size is capped at 500.")
	@ApiResponse(responseCode = "200", description = "{ items, total }")
	DossierJson.PageJson list(@RequestParam(required = false) DossierStatus status,
			@RequestParam(name = "due-before",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime dueBefore,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw RequestRefused.invalid("request.malformed", "page");
		}
		int capped = Math.min(Math.max(size, 1), 500);
		Instant due = dueBefore == null ? null : dueBefore.toInstant();
		return this.desk.list(actor(), status, due, agency, q, page, capped);
	}

	@GetMapping("/{code}")
	@Operation(summary = "The whole dossier")
	@ApiResponse(responseCode = "404", description = "dossier.not-found: unknown, or not visible to the caller")
	DossierJson show(@PathVariable String code) {
		DossierView dossier = visible(code, actor());
		return DossierJson.of(dossier, this.desk.procedureName(dossier), this.desk.zone());
	}

	@PostMapping("/{code}/{action}")
	@Operation(summary = "One transition of the dossier",
			description = "receive, reject, hand-over, return-to-previous, request-supplement, supplement,"
					+ " request-payment, confirm-payment, extend, stop, withdraw, finish, approve (approver role),"
					+ " return-result, rate, with the bodies of API.md. reject issues the refusal, request-supplement"
					+ " the supplement request, extend the apology, stop the stop notice. assign { toAccount?, note? }"
					+ " (RECEIVED, IN_PROCESS) gives the current step to an officer of its agency and department:"
					+ " the department's head assigns (or reassigns) it; without toAccount the caller claims the step"
					+ " while nobody has it (400 dossier.unknown-officer or dossier.assignee-outside-unit,"
					+ " 403 dossier.not-department-head, 409 dossier.step-taken).")
	@ApiResponse(responseCode = "200", description = "the whole dossier after the action")
	@ApiResponse(responseCode = "400", description = "a bad body")
	@ApiResponse(responseCode = "403",
			description = "the caller's role may not do this action; dossier.not-department-head (assign)")
	@ApiResponse(responseCode = "404", description = "dossier.not-found, or no such action")
	@ApiResponse(responseCode = "409", description = "dossier.illegal-transition")
	DossierJson act(@PathVariable String code, @PathVariable String action,
			@Valid @RequestBody(required = false) DossierRequests.ActionJson body) {
		Actor actor = actor();
		Action chosen = Action.fromPath(action)
			.filter(a -> a != Action.SUBMIT)
			.orElseThrow(() -> RequestRefused.notFound("request.not-found"));
		DossierView dossier = visible(code, actor);
		if (!DossierDesk.mayAct(actor, chosen)) {
			throw RequestRefused.forbidden("auth.forbidden");
		}
		DossierRequests.ActionJson b = body == null ? new DossierRequests.ActionJson(null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null) : body;
		InvalidFields invalid = new InvalidFields();
		List<SubmittedDocument> documents = b.documents() == null ? null
				: papers(b.documents(), "documents", invalid,
						(required, item) -> this.desk.reuse(dossier.procedure().code(), dossier.procedure().version(),
								dossier.applicant(), required, item));
		invalid.throwIfAny();
		ActionBody command = new ActionBody(b.reasons(), b.toStep(), b.toAgencyCode(), b.toDepartment(), b.toAccount(),
				b.note(), b.missing(), documents, b.amount() == null ? null : Vnd.of(b.amount()), b.reference(),
				b.newDueAt() == null ? null : b.newDueAt().toInstant(), b.reason(), b.resultDocumentId(), b.how(),
				b.score(), b.comment());
		if (chosen == Action.FINISH && b.resultDocumentId() != null && !this.desk.isStored(b.resultDocumentId())) {
			throw InvalidFields.of("resultDocumentId", "dossier.api.document-unknown");
		}
		DossierView after = this.desk.act(code, chosen, command, actor);
		return DossierJson.of(after, this.desk.procedureName(after), this.desk.zone());
	}

	@GetMapping(path = "/{code}/forms/{form}.pdf",
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "A printed form of the dossier",
			description = "receipt, supplement-request, refusal, apology, stop-notice, control-slip: the stored PDF"
					+ " issued at that point, the same bytes every time. The control slip is issued on its first"
					+ " request from the hand-offs so far, and issued again when hand-offs were made since.")
	@ApiResponse(responseCode = "200", description = "the PDF")
	@ApiResponse(responseCode = "404", description = "dossier.not-found, or dossier.form-not-issued")
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form) {
		Actor actor = actor();
		DossierView dossier = visible(code, actor);
		FormKind kind = kind(form).orElseThrow(() -> RequestRefused.notFound("dossier.form-not-issued"));
		Optional<IssuedForm> issued = this.desk.printedForm(dossier, kind, actor);
		IssuedForm found = issued.orElseThrow(() -> RequestRefused.notFound("dossier.form-not-issued"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(form + "-" + dossier.code() + ".pdf").build().toString())
			.body(this.forms.open(found));
	}

	private static Optional<FormKind> kind(String form) {
		return java.util.Arrays.stream(FormKind.values())
			.filter(k -> k != FormKind.TRACKING_BOOK)
			.filter(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(form))
			.findFirst();
	}

	private DossierView visible(String code, Actor actor) {
		return this.desk.findVisible(code, actor).orElseThrow(() -> RequestRefused.notFound("dossier.not-found", code));
	}

	private static Actor actor() {
		return Actor.current().orElseThrow(() -> RequestRefused.forbidden("auth.forbidden"));
	}

	private static AgencyCode agency(Actor actor, String requested) {
		if (requested == null || requested.isBlank()) {
			if (actor.agency() == null) {
				throw InvalidFields.of("agencyCode", "dossier.api.agency-required");
			}
			return actor.agency();
		}
		AgencyCode code;
		try {
			code = AgencyCode.of(requested.strip());
		}
		catch (IllegalArgumentException ex) {
			throw InvalidFields.of("agencyCode", "dossier.api.agency-malformed");
		}
		if (!actor.mayActFor(code)) {
			throw RequestRefused.forbidden("auth.forbidden");
		}
		return code;
	}

	private static Applicant applicant(DossierRequests.Party p, String field, InvalidFields invalid) {
		try {
			return new Applicant(p.kind(), p.idType(), p.idNumber(), p.name(), p.birthDate(), p.phone(), p.email(),
					p.address());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			invalid.add(field + ".idNumber", "dossier.api.id-number-invalid");
			return null;
		}
	}

	private static Representative representative(DossierRequests.Party p, InvalidFields invalid) {
		if (p == null) {
			return null;
		}
		try {
			return new Representative(p.kind(), p.idType(), p.idNumber(), p.name(), p.birthDate(), p.phone(), p.email(),
					p.address());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			invalid.add("representative.idNumber", "dossier.api.id-number-invalid");
			return null;
		}
	}

	private List<SubmittedDocument> papers(List<DossierRequests.Paper> papers, String field, InvalidFields invalid,
			BiFunction<String, String, Optional<SubmittedDocument>> reusedFor) {
		List<SubmittedDocument> documents = new ArrayList<>();
		if (papers == null) {
			return documents;
		}
		for (int i = 0; i < papers.size(); i++) {
			DossierRequests.Paper p = papers.get(i);
			String documentId = blankToNull(p.documentId());
			String warehouseItemId = blankToNull(p.warehouseItemId());
			if (documentId != null && !this.desk.isStored(documentId)) {
				invalid.add(field + "[" + i + "].documentId", "dossier.api.document-unknown");
				continue;
			}
			if (documentId == null && warehouseItemId != null) {
				Optional<SubmittedDocument> reused = reusedFor.apply(p.requiredDocumentCode().strip(), warehouseItemId);
				if (reused.isEmpty()) {
					invalid.add(field + "[" + i + "].warehouseItemId", "digitize.api.warehouse-item-not-reusable");
				}
				reused.ifPresent(documents::add);
				continue;
			}
			documents.add(new SubmittedDocument(p.requiredDocumentCode().strip(), documentId, null,
					Provenance.NOT_DIGITIZED));
		}
		return documents;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Field errors collected while reading a body, answered as 400 request.invalid. */
	static final class InvalidFields extends RuntimeException {

		private final List<Map<String, String>> errors = new ArrayList<>();

		InvalidFields() {
			super(null, null, false, false);
		}

		static InvalidFields of(String field, String messageKey) {
			InvalidFields invalid = new InvalidFields();
			invalid.add(field, messageKey);
			return invalid;
		}

		void add(String field, String messageKey) {
			this.errors.add(Map.of("field", field, "message", messageKey));
		}

		List<Map<String, String>> errors() {
			return this.errors;
		}

		void throwIfAny() {
			if (!this.errors.isEmpty()) {
				throw this;
			}
		}

	}

}
