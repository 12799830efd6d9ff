package org.motcua.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.motcua.catalog.RequiredDocument;
import org.motcua.dossier.DossierRefused;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.IllegalTransition;
import org.motcua.platform.PlatformProperties;
import org.motcua.platform.RequestRefused;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * My dossiers: the list (with the drafts to resume), and one dossier with its timeline,
 * due date, papers, forms, refusal reasons, and what the citizen may do now. A dossier
 * the citizen is no party to answers the same 404 as an unknown code.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class MyDossiersController {

	private final MyDossiers dossiers;

	private final Drafts drafts;

	private final CurrentCitizen citizens;

	private final MessageSource messages;

	private final PlatformProperties platform;

	MyDossiersController(MyDossiers dossiers, Drafts drafts, CurrentCitizen citizens, MessageSource messages,
			PlatformProperties platform) {
		this.dossiers = dossiers;
		this.drafts = drafts;
		this.citizens = citizens;
		this.messages = messages;
		this.platform = platform;
	}

	@GetMapping("/portal/dossiers")
	String list(Model model) {
		Citizen citizen = this.citizens.current();
		model.addAttribute("dossiers", this.dossiers.list(citizen));
		model.addAttribute("drafts", this.drafts.open(citizen.actor().accountId()));
		model.addAttribute("zone", this.platform.zone());
		return "portal/dossiers";
	}

	@GetMapping("/portal/dossiers/{code}")
	String show(@PathVariable String code, Model model) {
		Citizen citizen = this.citizens.current();
		DossierView dossier = mine(citizen, code);
		model.addAttribute("dossier", dossier);
		var procedure = this.dossiers.procedure(dossier);
		model.addAttribute("procedure", procedure.orElse(null));
		model.addAttribute("paperNames", procedure.map(p -> p.definition().requiredDocuments())
			.orElse(List.of())
			.stream()
			.collect(java.util.stream.Collectors.toMap(RequiredDocument::code, RequiredDocument::name, (a, b) -> a)));
		model.addAttribute("forms", this.dossiers.issuedForms(dossier).keySet().stream().sorted().toList());
		model.addAttribute("zone", this.platform.zone());
		return "portal/dossier";
	}

	@GetMapping(path = "/portal/dossiers/{code}/forms/{form}.pdf")
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form) {
		Citizen citizen = this.citizens.current();
		DossierView dossier = mine(citizen, code);
		byte[] pdf = this.dossiers.form(dossier, form)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return pdf(pdf, form + "-" + dossier.code() + ".pdf");
	}

	@GetMapping(path = "/portal/dossiers/{code}/result.pdf")
	ResponseEntity<byte[]> result(@PathVariable String code) {
		Citizen citizen = this.citizens.current();
		DossierView dossier = mine(citizen, code);
		byte[] pdf = this.dossiers.result(dossier, citizen)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return pdf(pdf, "ket-qua-" + dossier.code() + ".pdf");
	}

	@PostMapping("/portal/dossiers/{code}/supplement")
	String supplement(@PathVariable String code, MultipartHttpServletRequest request, RedirectAttributes redirect) {
		Citizen citizen = this.citizens.current();
		DossierView dossier = mine(citizen, code);
		List<MyDossiers.Upload> uploads = new ArrayList<>();
		try {
			for (RequiredDocument required : this.dossiers.procedure(dossier)
				.map(p -> p.definition().requiredDocuments())
				.orElse(List.of())) {
				MultipartFile file = request.getFile("file-" + required.code());
				if (file != null && !file.isEmpty()) {
					uploads
						.add(new MyDossiers.Upload(required.code(), file.getInputStream(), file.getOriginalFilename()));
				}
			}
			this.dossiers.supplement(dossier, citizen, uploads);
			redirect.addFlashAttribute("flash", message("portal.supplement.done"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RequestRefused ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("problem." + ex.code() + ".detail",
					ex.arguments(), ex.code(), LocaleContextHolder.getLocale()));
		}
		catch (FilingRefused ex) {
			redirect.addFlashAttribute("error", message(ex.messageKey()));
		}
		catch (IllegalTransition | DossierRefused | IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", message("portal.action.refused"));
		}
		return "redirect:/portal/dossiers/" + dossier.code();
	}

	@PostMapping("/portal/dossiers/{code}/withdraw")
	String withdraw(@PathVariable String code, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		Citizen citizen = this.citizens.current();
		DossierView dossier = mine(citizen, code);
		try {
			this.dossiers.withdraw(dossier, citizen, note.isBlank() ? null : note.strip());
			redirect.addFlashAttribute("flash", message("portal.withdraw.done"));
		}
		catch (IllegalTransition | DossierRefused | IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", message("portal.action.refused"));
		}
		return "redirect:/portal/dossiers/" + dossier.code();
	}

	@PostMapping("/portal/dossiers/{code}/rate")
	String rate(@PathVariable String code, @RequestParam(defaultValue = "0") int score,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		Citizen citizen = this.citizens.current();
		DossierView dossier = mine(citizen, code);
		if (score < 1 || score > 5 || comment.length() > 1000) {
			redirect.addFlashAttribute("error", message("portal.rate.invalid"));
			return "redirect:/portal/dossiers/" + dossier.code();
		}
		try {
			this.dossiers.rate(dossier, citizen, score, comment.isBlank() ? null : comment.strip());
			redirect.addFlashAttribute("flash", message("portal.rate.done"));
		}
		catch (IllegalTransition | DossierRefused | IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", message("portal.action.refused"));
		}
		return "redirect:/portal/dossiers/" + dossier.code();
	}

	private DossierView mine(Citizen citizen, String code) {
		return this.dossiers.find(citizen, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static ResponseEntity<byte[]> pdf(byte[] pdf, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(pdf);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
