package org.motcua.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.motcua.calendar.LimitUnit;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ProcedurePage;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.RequiredDocument;
import org.motcua.catalog.ResultType;
import org.motcua.catalog.administration.CatalogAdministration;
import org.motcua.catalog.administration.CatalogTransfer;
import org.motcua.catalog.administration.ImportReport;
import org.motcua.catalog.administration.Violation;
import org.motcua.document.Documents;
import org.motcua.organization.Organization;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Actor;
import org.motcua.shared.Level;
import org.motcua.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalog administration pages: the list of every procedure (drafts included), a new
 * procedure, editing (a new draft version when the current one is published), form
 * templates, publishing and withdrawing, the version history, import and export. Province
 * administrators change; agency administrators may look.
 */
@Controller
@RequestMapping("/admin/procedures")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'AGENCY_ADMIN')")
class AdminCatalogController {

	private final Catalog catalog;

	private final CatalogAdministration administration;

	private final CatalogTransfer transfer;

	private final Organization organization;

	private final Documents documents;

	private final MessageSource messages;

	private final Clock clock;

	AdminCatalogController(Catalog catalog, CatalogAdministration administration, CatalogTransfer transfer,
			Organization organization, Documents documents, MessageSource messages, Clock clock) {
		this.documents = documents;
		this.catalog = catalog;
		this.administration = administration;
		this.transfer = transfer;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("levels", Level.values());
		model.addAttribute("units", LimitUnit.values());
		model.addAttribute("onlineLevels", OnlineLevel.values());
		model.addAttribute("roles",
				List.of(Role.DESK_OFFICER, Role.SPECIALIST, Role.DEPARTMENT_HEAD, Role.APPROVER, Role.LEADER));
		model.addAttribute("fieldTypes", ResultType.FieldType.values());
		model.addAttribute("mayEdit", Actor.current().map(a -> a.has(Role.PROVINCE_ADMIN)).orElse(false));
		model.addAttribute("today", LocalDate.now(this.clock));
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		ProcedurePage found = this.catalog.searchLatest(new ProcedureQuery(q, null, null, null, null, false, page, 50));
		model.addAttribute("q", q);
		model.addAttribute("found", found);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("pages", (found.total() + 49) / 50);
		return "catalog/admin-procedures";
	}

	/**
	 * The form of a new procedure, empty or begun with what another page knows of it (the
	 * national portal's catalog gives a code and a name, never the time limit, papers and
	 * plan the administrator completes).
	 */
	@GetMapping("/new")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String newProcedure(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			Model model) {
		ProcedureForm form = ProcedureForm.empty();
		if (code != null) {
			form.setCode(code.strip());
		}
		if (name != null) {
			form.setName(name.strip());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", Map.of());
		return "catalog/admin-new";
	}

	@PostMapping
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String create(@ModelAttribute("form") ProcedureForm form, @RequestParam(defaultValue = "save") String action,
			Model model, RedirectAttributes redirect, Locale locale) {
		if (!"save".equals(action)) {
			form.apply(action);
			model.addAttribute("errors", Map.of());
			return "catalog/admin-new";
		}
		Map<String, String> errors = save(form, true, locale);
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return "catalog/admin-new";
		}
		redirect.addFlashAttribute("flash",
				this.messages.getMessage("catalog.admin.drafted", new Object[] { form.getCode().strip() }, locale));
		return "redirect:/admin/procedures/" + form.getCode().strip();
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		ProcedureCode procedure = code(code);
		Procedure latest = latest(procedure);
		model.addAttribute("form", ProcedureForm.of(latest.definition()));
		model.addAttribute("errors", Map.of());
		return page(latest, model);
	}

	@PostMapping("/{code}")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String edit(@PathVariable String code, @ModelAttribute("form") ProcedureForm form,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			Locale locale) {
		ProcedureCode procedure = code(code);
		Procedure latest = latest(procedure);
		form.setCode(procedure.value());
		if (!"save".equals(action)) {
			form.apply(action);
			model.addAttribute("errors", Map.of());
			return page(latest, model);
		}
		Map<String, String> errors = save(form, false, locale);
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return page(latest, model);
		}
		redirect.addFlashAttribute("flash",
				this.messages.getMessage("catalog.admin.drafted", new Object[] { procedure }, locale));
		return "redirect:/admin/procedures/" + procedure;
	}

	@PostMapping("/{code}/publish")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String publish(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			RedirectAttributes redirect, Locale locale) {
		ProcedureCode procedure = code(code);
		LocalDate date = effectiveFrom != null ? effectiveFrom : LocalDate.now(this.clock);
		return change(procedure, redirect, locale, () -> this.administration.publish(procedure, date),
				"catalog.admin.published");
	}

	@PostMapping("/{code}/withdraw")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String withdraw(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate withdrawnOn,
			RedirectAttributes redirect, Locale locale) {
		ProcedureCode procedure = code(code);
		LocalDate date = withdrawnOn != null ? withdrawnOn : LocalDate.now(this.clock);
		return change(procedure, redirect, locale, () -> this.administration.withdraw(procedure, date),
				"catalog.admin.withdrawn");
	}

	@PostMapping("/{code}/documents/{document}/template")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String uploadTemplate(@PathVariable String code, @PathVariable String document,
			@RequestParam("file") MultipartFile file, RedirectAttributes redirect, Locale locale) throws IOException {
		ProcedureCode procedure = code(code);
		if (file.isEmpty()) {
			redirect.addFlashAttribute("failure", this.messages.getMessage("catalog.admin.file-empty", null, locale));
			return "redirect:/admin/procedures/" + procedure;
		}
		try (InputStream in = file.getInputStream()) {
			return change(procedure, redirect, locale, () -> this.administration.attachTemplate(procedure, document, in,
					file.getOriginalFilename(), file.getContentType()), "catalog.admin.template-stored");
		}
	}

	@GetMapping("/{code}/versions/{version}")
	String version(@PathVariable String code, @PathVariable int version, Model model) {
		ProcedureCode procedure = code(code);
		Procedure found = this.catalog.findVersion(procedure, version)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("procedure", found);
		model.addAttribute("agencyNames", PublicCatalogController.agencyNames(found, this.organization));
		model.addAttribute("versions", this.catalog.versions(procedure));
		model.addAttribute("adminLinks", true);
		return "catalog/admin-version";
	}

	@GetMapping("/{code}/versions/{version}/documents/{document}/template")
	ResponseEntity<InputStreamResource> template(@PathVariable String code, @PathVariable int version,
			@PathVariable String document) {
		Procedure found = this.catalog.findVersion(code(code), version)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		RequiredDocument.Template template = found.definition()
			.findRequiredDocument(document)
			.map(RequiredDocument::template)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return CatalogApiController.download(template, this.documents.open(template.sha256()));
	}

	@GetMapping("/import")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String importForm() {
		return "catalog/admin-import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String importFile(@RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
		ImportReport report;
		try (InputStream in = file.getInputStream()) {
			report = this.transfer.importFile(CatalogTransferApiController.formatOf(file), in);
		}
		model.addAttribute("report", report);
		model.addAttribute("errors",
				report.errors()
					.stream()
					.map(e -> Map.of("index", e.index() < 0 ? "" : String.valueOf(e.index() + 1), "code",
							e.code() == null ? "" : e.code(), "path", ImportMessages.path(e), "message",
							ImportMessages.message(this.messages, e, locale)))
					.toList());
		return "catalog/admin-import";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "json") String format) {
		CatalogTransfer.Format chosen = "xlsx".equalsIgnoreCase(format) ? CatalogTransfer.Format.XLSX
				: CatalogTransfer.Format.JSON;
		return CatalogTransferApiController.download(this.transfer, chosen, LocalDate.now(this.clock));
	}

	private Map<String, String> save(ProcedureForm form, boolean creating, Locale locale) {
		Map<String, Object> parseErrors = new LinkedHashMap<>();
		var entry = form.toEntry(parseErrors);
		List<Violation> violations = new java.util.ArrayList<>();
		parseErrors.values().forEach(v -> violations.add((Violation) v));
		if (violations.isEmpty()) {
			violations.addAll(this.administration.draft(entry, creating).violations());
		}
		Map<String, String> errors = new LinkedHashMap<>();
		for (Violation v : violations) {
			errors.merge(v.path(), this.messages.getMessage(v.key(), v.arguments(), v.key(), locale),
					(a, b) -> a + " " + b);
		}
		return errors;
	}

	private String change(ProcedureCode procedure, RedirectAttributes redirect, Locale locale, Runnable change,
			String done) {
		try {
			change.run();
			redirect.addFlashAttribute("flash", this.messages.getMessage(done, new Object[] { procedure }, locale));
		}
		catch (RequestRefused ex) {
			redirect.addFlashAttribute("failure",
					this.messages.getMessage("problem." + ex.code() + ".detail", ex.arguments(), ex.code(), locale));
		}
		return "redirect:/admin/procedures/" + procedure;
	}

	private String page(Procedure latest, Model model) {
		List<Procedure> versions = this.catalog.versions(latest.code());
		model.addAttribute("procedure", latest);
		model.addAttribute("versions", versions);
		model.addAttribute("published", versions.stream().filter(Procedure::isPublished).findFirst().orElse(null));
		return "catalog/admin-procedure";
	}

	private Procedure latest(ProcedureCode code) {
		List<Procedure> versions = this.catalog.versions(code);
		if (versions.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return versions.get(versions.size() - 1);
	}

	private static ProcedureCode code(String code) {
		if (!ProcedureCode.isValid(code)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ProcedureCode.of(code);
	}

}
