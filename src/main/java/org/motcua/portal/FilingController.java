package org.motcua.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.RequiredDocument;
import org.motcua.dossier.DossierRefused;
import org.motcua.dossier.MissingDocuments;
import org.motcua.organization.Agency;
import org.motcua.organization.Organization;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.AgencyCode;
import org.motcua.warehouse.WarehouseItem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The online filing wizard, one plain form per step so that it works without JavaScript:
 * choose the procedure, its requirements and fees with the applicant's details
 * (pre-filled from the profile), the papers (upload, or reuse from "my papers"), review,
 * submit. Every step saves the draft, which the citizen can resume from "my dossiers".
 * Another citizen's draft answers 404.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class FilingController {

	private final Drafts drafts;

	private final Filing filing;

	private final CurrentCitizen citizens;

	private final Catalog catalog;

	private final Organization organization;

	private final MessageSource messages;

	private final java.time.Clock clock;

	FilingController(Drafts drafts, Filing filing, CurrentCitizen citizens, Catalog catalog, Organization organization,
			MessageSource messages, java.time.Clock clock) {
		this.drafts = drafts;
		this.filing = filing;
		this.citizens = citizens;
		this.catalog = catalog;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/portal/file")
	String choose(@RequestParam(required = false) String q, Model model) {
		String text = q == null ? "" : q.strip();
		model.addAttribute("q", text);
		model.addAttribute("procedures",
				this.catalog.search(ProcedureQuery.text(text.isEmpty() ? null : text))
					.items()
					.stream()
					.filter(p -> p.onlineLevel() != OnlineLevel.NONE)
					.toList());
		return "portal/file-choose";
	}

	@PostMapping("/portal/file")
	String start(@RequestParam String procedure) {
		Citizen citizen = this.citizens.current();
		if (!ProcedureCode.isValid(procedure) || this.catalog.findPublished(ProcedureCode.of(procedure))
			.filter(p -> p.definition().onlineLevel() != OnlineLevel.NONE)
			.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String id = this.drafts.start(citizen.actor().accountId(), procedure, this.clock.instant());
		return "redirect:/portal/drafts/" + id + "/applicant";
	}

	@GetMapping("/portal/drafts/{id}/applicant")
	String applicant(@PathVariable String id, Model model) {
		Citizen citizen = this.citizens.current();
		Draft draft = draft(id, citizen);
		Procedure procedure = this.filing.procedure(draft);
		model.addAttribute("draft", draft);
		model.addAttribute("procedure", procedure);
		model.addAttribute("citizen", citizen);
		model.addAttribute("agencies", agencies(procedure));
		model.addAttribute("phone", draft.phone() != null ? draft.phone() : citizen.profile().phone());
		model.addAttribute("email", draft.email() != null ? draft.email() : citizen.profile().email());
		model.addAttribute("address", draft.address() != null ? draft.address() : citizen.extra().address());
		return "portal/file-applicant";
	}

	@PostMapping("/portal/drafts/{id}/applicant")
	String saveApplicant(@PathVariable String id, @RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "false") boolean forOrganization,
			@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String address, RedirectAttributes redirect) {
		Citizen citizen = this.citizens.current();
		Draft draft = editable(id, citizen);
		Procedure procedure = this.filing.procedure(draft);
		if (agency == null || !agencies(procedure).containsKey(agency)) {
			redirect.addFlashAttribute("error", message("portal.filing.agency-required"));
			return "redirect:/portal/drafts/" + id + "/applicant";
		}
		if (!phone.isBlank() && !phone.strip().matches("\\+?[0-9 .]{8,15}")
				|| !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
				|| address.length() > 300) {
			redirect.addFlashAttribute("error", message("portal.filing.contact-invalid"));
			return "redirect:/portal/drafts/" + id + "/applicant";
		}
		this.drafts.saveApplicant(draft, agency, forOrganization && citizen.extra().representsOrganization(),
				blankToNull(phone), blankToNull(email), blankToNull(address), this.clock.instant());
		return "redirect:/portal/drafts/" + id + "/papers";
	}

	@GetMapping("/portal/drafts/{id}/papers")
	String papers(@PathVariable String id, Model model) {
		Citizen citizen = this.citizens.current();
		Draft draft = draft(id, citizen);
		Procedure procedure = this.filing.procedure(draft);
		Map<String, List<WarehouseItem>> reusable = new LinkedHashMap<>();
		for (RequiredDocument required : procedure.definition().requiredDocuments()) {
			reusable.put(required.code(), this.filing.reusable(citizen.reuseOwner(draft.forOrganization()), required));
		}
		model.addAttribute("draft", draft);
		model.addAttribute("procedure", procedure);
		model.addAttribute("reusable", reusable);
		return "portal/file-papers";
	}

	@PostMapping("/portal/drafts/{id}/papers")
	String savePapers(@PathVariable String id, MultipartHttpServletRequest request, RedirectAttributes redirect) {
		Citizen citizen = this.citizens.current();
		Draft draft = editable(id, citizen);
		Procedure procedure = this.filing.procedure(draft);
		for (RequiredDocument required : procedure.definition().requiredDocuments()) {
			String choice = request.getParameter("reuse-" + required.code());
			MultipartFile file = request.getFile("file-" + required.code());
			try {
				if (file != null && !file.isEmpty()) {
					try (InputStream content = file.getInputStream()) {
						this.filing.upload(draft, required.code(), content, file.getOriginalFilename());
					}
				}
				else if (choice != null && !choice.isBlank() && !choice.equals("keep")) {
					if (choice.equals("none")) {
						this.drafts.removePaper(draft, required.code());
					}
					else {
						this.filing.reuse(draft, citizen, required, choice);
					}
				}
			}
			catch (RequestRefused ex) {
				redirect.addFlashAttribute("error", required.name() + ": " + problem(ex));
				return "redirect:/portal/drafts/" + id + "/papers";
			}
			catch (FilingRefused ex) {
				redirect.addFlashAttribute("error", required.name() + ": " + message(ex.messageKey()));
				return "redirect:/portal/drafts/" + id + "/papers";
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return "redirect:/portal/drafts/" + id + "/review";
	}

	@GetMapping("/portal/drafts/{id}/review")
	String review(@PathVariable String id, Model model) {
		Citizen citizen = this.citizens.current();
		Draft draft = draft(id, citizen);
		Procedure procedure = this.filing.procedure(draft);
		model.addAttribute("draft", draft);
		model.addAttribute("procedure", procedure);
		model.addAttribute("citizen", citizen);
		model.addAttribute("agencyName",
				draft.agencyCode() == null ? null
						: this.organization.findAgency(AgencyCode.of(draft.agencyCode()))
							.map(Agency::name)
							.orElse(draft.agencyCode()));
		model.addAttribute("missing",
				procedure.definition()
					.requiredDocuments()
					.stream()
					.filter(r -> r.mandatory() && draft.paper(r.code()).isEmpty())
					.map(RequiredDocument::name)
					.toList());
		return "portal/file-review";
	}

	@PostMapping("/portal/drafts/{id}/submit")
	String submit(@PathVariable String id, RedirectAttributes redirect) {
		Citizen citizen = this.citizens.current();
		Draft draft = draft(id, citizen);
		try {
			String code = this.filing.submit(draft, citizen);
			redirect.addFlashAttribute("flash", message("portal.filing.submitted", code));
			return "redirect:/portal/dossiers/" + code;
		}
		catch (FilingRefused ex) {
			redirect.addFlashAttribute("error", message(ex.messageKey(), ex.arguments()));
		}
		catch (MissingDocuments ex) {
			redirect.addFlashAttribute("error", message("portal.filing.missing"));
		}
		catch (DossierRefused ex) {
			redirect.addFlashAttribute("error", message("portal.filing.refused", ex.code()));
		}
		return "redirect:/portal/drafts/" + id + "/review";
	}

	@PostMapping("/portal/drafts/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		Citizen citizen = this.citizens.current();
		this.drafts.delete(editable(id, citizen));
		redirect.addFlashAttribute("flash", message("portal.filing.deleted"));
		return "redirect:/portal/dossiers";
	}

	/** The agencies a procedure may be filed at, by code, with their names. */
	private Map<String, String> agencies(Procedure procedure) {
		Map<String, String> names = new LinkedHashMap<>();
		for (AgencyCode code : procedure.definition().agencies()) {
			names.put(code.value(),
					this.organization.findAgency(code).map(Agency::name).orElse(code.value()) + " (" + code + ")");
		}
		return names;
	}

	private Draft draft(String id, Citizen citizen) {
		if (id == null || id.length() > 36) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return this.drafts.find(id, citizen.actor().accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Draft editable(String id, Citizen citizen) {
		Draft draft = draft(id, citizen);
		if (draft.isSubmitted()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return draft;
	}

	private String problem(RequestRefused ex) {
		return this.messages.getMessage("problem." + ex.code() + ".detail", ex.arguments(), ex.code(),
				LocaleContextHolder.getLocale());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
