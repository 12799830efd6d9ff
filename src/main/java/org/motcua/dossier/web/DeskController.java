package org.motcua.dossier.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.motcua.audit.AuditTrail;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.document.Documents;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierRefused;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IdType;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.IntakeReceipt;
import org.motcua.dossier.MissingDocuments;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.organization.Agency;
import org.motcua.organization.Organization;
import org.motcua.platform.RequestRefused;
import org.motcua.population.LookupResult;
import org.motcua.population.PopulationRegistry;
import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.PersonalId;

import jakarta.servlet.http.HttpSession;
import org.motcua.signature.SigningRefused;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Desk intake: pick the procedure among those the desk's agency applies, find the
 * applicant in the population registry and among known applicants (or enter them), tick
 * the papers handed in and attach a file to each, see the due instant, confirm, and print
 * the receipt. Files are uploaded at the preview and kept by their document ids until the
 * confirmation claims them; a refused file stops at the preview with its reason next to
 * its paper.
 *
 * <p>
 * A person found in the population registry is filled in and remembered in the session as
 * verified with that ID, name and birth date; the dossier is received as verified only if
 * the applicant is still entered so. When the registry is unavailable the officer enters
 * the applicant by hand and the dossier is received unverified.
 */
@Controller
@RequestMapping("/desk")
@PreAuthorize("hasAnyRole('DESK_OFFICER','AGENCY_ADMIN','PROVINCE_ADMIN')")
class DeskController {

	/** The session attribute of the applicants found in the population registry. */
	static final String VERIFIED = "population.verified";

	private final DossierDesk desk;

	private final DossierWork work;

	private final Catalog catalog;

	private final DeskPapers papers;

	private final Organization organization;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final PopulationRegistry population;

	private final Clock clock;

	private final Documents documents;

	DeskController(DossierDesk desk, DossierWork work, Catalog catalog, DeskPapers papers, Organization organization,
			WorkingCalendar calendar, AuditTrail audit, PopulationRegistry population, Clock clock,
			Documents documents) {
		this.documents = documents;
		this.desk = desk;
		this.work = work;
		this.catalog = catalog;
		this.papers = papers;
		this.organization = organization;
		this.calendar = calendar;
		this.audit = audit;
		this.population = population;
		this.clock = clock;
	}

	@GetMapping("/intake")
	String start(@RequestParam(required = false) String q, @RequestParam(required = false) String procedure,
			@RequestParam(required = false) String agency, Model model) {
		Actor actor = DeskScope.actor();
		AgencyCode desk = DeskScope.agency(actor, agency);
		Optional<Procedure> chosen = applied(procedure, desk);
		if (chosen.isEmpty()) {
			model.addAttribute("q", q == null ? "" : q);
			model.addAttribute("agency", desk.value());
			model.addAttribute("agencyName", agencyName(desk));
			model.addAttribute("procedures",
					this.catalog.search(new ProcedureQuery(q, null, desk, null, null, true, 0, 50)).items());
			model.addAttribute("unknownProcedure", procedure != null && !procedure.isBlank());
			return "dossier/desk/intake-procedure";
		}
		IntakeForm form = new IntakeForm();
		form.setProcedure(chosen.get().code().value());
		form.setAgency(agency == null ? "" : desk.value());
		form.setKey(UUID.randomUUID().toString());
		this.papers.arrange(form, chosen.get());
		return showForm(form, chosen.get(), desk, model);
	}

	@PostMapping("/intake/lookup")
	String lookup(@ModelAttribute("intakeForm") IntakeForm form, BindingResult errors, Model model,
			HttpSession session) {
		Actor actor = DeskScope.actor();
		AgencyCode desk = DeskScope.agency(actor, form.getAgency());
		Procedure procedure = applied(form.getProcedure(), desk).orElseThrow(DeskController::notFound);
		this.papers.arrange(form, procedure);
		this.papers.keepOwnUploads(form, actor);
		IntakeForm.Party entered = form.getApplicant();
		String idNumber = entered.getIdNumber();
		String name = IntakeForm.blankToNull(entered.getName());
		LocalDate birthDate = entered.birthDay();
		Optional<Applicant> known = this.work.findKnownApplicant(idNumber);
		known.ifPresent(applicant -> {
			this.audit.recordRead("applicant", applicant.idNumber(), "desk intake: applicant lookup");
			form.fill(applicant);
		});
		model.addAttribute("lookup", known.isPresent() ? "found" : "unknown");
		if (entered.getIdType() == IdType.PERSONAL_ID && idNumber.matches("[0-9]{12}")) {
			LookupResult registry = this.population.lookUp(PersonalId.of(idNumber), name, birthDate,
					"desk intake: applicant lookup");
			if (registry.isFound()) {
				form.fill(registry.resident());
				remember(session, form.verificationKey());
			}
			model.addAttribute("registry", registry.outcome().name());
		}
		return showForm(form, procedure, desk, model);
	}

	@PostMapping("/intake/preview")
	String preview(@ModelAttribute("intakeForm") IntakeForm form, BindingResult errors, Model model,
			HttpSession session) {
		Actor actor = DeskScope.actor();
		AgencyCode desk = DeskScope.agency(actor, form.getAgency());
		Procedure procedure = applied(form.getProcedure(), desk).orElseThrow(DeskController::notFound);
		this.papers.arrange(form, procedure);
		this.papers.keepOwnUploads(form, actor);
		boolean refused = this.papers.ingestUploads(form);
		form.validate(errors, today());
		List<String> missing = DeskPapers.missing(form, errors);
		if (refused || errors.hasErrors()) {
			model.addAttribute("missing", missing);
			model.addAttribute("refused", refused);
			return showForm(form, procedure, desk, model);
		}
		this.papers.suggest(form);
		return showPreview(form, procedure, desk, model, session);
	}

	private String showPreview(IntakeForm form, Procedure procedure, AgencyCode desk, Model model,
			HttpSession session) {
		Instant now = this.clock.instant();
		model.addAttribute("dueAt", this.calendar.dueAt(now, procedure.definition().timeLimit()));
		model.addAttribute("receivedAt", now);
		model.addAttribute("applicant", form.toApplicant(isVerified(form, session)));
		model.addAttribute("representative", form.toRepresentative());
		return show("dossier/desk/intake-preview", form, procedure, desk, model);
	}

	@PostMapping(path = "/intake", params = "edit")
	String edit(@ModelAttribute("intakeForm") IntakeForm form, BindingResult errors, Model model) {
		Actor actor = DeskScope.actor();
		AgencyCode desk = DeskScope.agency(actor, form.getAgency());
		Procedure procedure = applied(form.getProcedure(), desk).orElseThrow(DeskController::notFound);
		this.papers.arrange(form, procedure);
		this.papers.keepOwnUploads(form, actor);
		return showForm(form, procedure, desk, model);
	}

	@PostMapping("/intake")
	String confirm(@ModelAttribute("intakeForm") IntakeForm form, BindingResult errors, Model model,
			HttpSession session) {
		Actor actor = DeskScope.actor();
		AgencyCode desk = DeskScope.agency(actor, form.getAgency());
		Procedure procedure = applied(form.getProcedure(), desk).orElseThrow(DeskController::notFound);
		Optional<IntakeReceipt> earlier = this.work.findAnswer(form.getKey());
		if (earlier.isPresent()) {
			return "redirect:/desk/received/" + earlier.get().code();
		}
		this.papers.arrange(form, procedure);
		this.papers.keepOwnUploads(form, actor);
		form.validate(errors, today());
		List<String> missing = DeskPapers.missing(form, errors);
		if (errors.hasErrors()) {
			model.addAttribute("missing", missing);
			return showForm(form, procedure, desk, model);
		}
		Applicant applicant = form.toApplicant(isVerified(form, session));
		Optional<List<SubmittedDocument>> submitted;
		try {
			submitted = this.papers.submitted(form, procedure, applicant, actor);
		}
		catch (SigningRefused ex) {
			model.addAttribute("refusal", this.papers.message("digitize.signing-refused"));
			return showPreview(form, procedure, desk, model, session);
		}
		if (submitted.isEmpty()) {
			return showPreview(form, procedure, desk, model, session);
		}
		IntakeCommand command = new IntakeCommand(procedure.code().value(), desk, Channel.COUNTER, applicant,
				form.toRepresentative(), submitted.get());
		try {
			IntakeReceipt receipt = this.desk.receive(command, form.getKey().isBlank() ? null : form.getKey(), actor);
			return "redirect:/desk/received/" + receipt.code();
		}
		catch (MissingDocuments ex) {
			model.addAttribute("missing", DeskPapers.names(procedure, ex.missing()));
		}
		catch (DossierRefused ex) {
			model.addAttribute("refusal", this.papers.message("problem." + ex.code() + ".detail", ex.arguments()));
		}
		catch (RequestRefused ex) {
			form.getPapers().forEach(IntakeForm.Paper::forgetDocument);
			model.addAttribute("refusal", this.papers.message("desk.intake.files-gone"));
		}
		return showForm(form, procedure, desk, model);
	}

	@GetMapping("/received/{code}")
	String received(@PathVariable String code, Model model) {
		DossierView dossier = this.desk.findVisible(code, DeskScope.actor()).orElseThrow(DeskController::notFound);
		model.addAttribute("dossier", dossier);
		model.addAttribute("procedureName", this.desk.procedureName(dossier));
		model.addAttribute("times", new DeskTimes(this.desk.zone()));
		return "dossier/desk/intake-received";
	}

	/**
	 * Remembers in the session (stored, so any instance sees it) that the population
	 * registry found the applicant of {@code key}; keeps the last few dozen.
	 */
	private static void remember(HttpSession session, String key) {
		HashSet<String> keys = new HashSet<>();
		if (session.getAttribute(VERIFIED) instanceof java.util.Set<?> earlier && earlier.size() < 50) {
			earlier.forEach((k) -> keys.add(String.valueOf(k)));
		}
		keys.add(key);
		session.setAttribute(VERIFIED, keys);
	}

	private static boolean isVerified(IntakeForm form, HttpSession session) {
		Object set = session.getAttribute(VERIFIED);
		return set instanceof java.util.Set<?> keys && keys.contains(form.verificationKey());
	}

	private String showForm(IntakeForm form, Procedure procedure, AgencyCode desk, Model model) {
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("idTypes", IdType.values());
		return show("dossier/desk/intake", form, procedure, desk, model);
	}

	private String show(String view, IntakeForm form, Procedure procedure, AgencyCode desk, Model model) {
		model.addAttribute("intakeForm", form);
		model.addAttribute("procedure", procedure);
		model.addAttribute("agencyName", agencyName(desk));
		model.addAttribute("times", new DeskTimes(this.desk.zone()));
		model.addAttribute("reusable", this.papers.reusable(form, procedure));
		model.addAttribute("ocr", this.documents.ocrStatus());
		return view;
	}

	/** The published procedure {@code code}, if the desk's agency applies it. */
	private Optional<Procedure> applied(String code, AgencyCode desk) {
		if (code == null || !ProcedureCode.isValid(code.strip())) {
			return Optional.empty();
		}
		return this.catalog.findPublished(ProcedureCode.of(code.strip()))
			.filter(p -> p.definition().timeLimit() != null)
			.filter(p -> p.definition().agencies().contains(desk) || p.definition().crossBoundary());
	}

	private String agencyName(AgencyCode code) {
		return this.organization.findAgency(code).map(Agency::name).orElse(code.value());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.desk.zone()));
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
