package org.motcua.organization;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;
import org.motcua.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency pages: the list (by level and date), a new agency and the CSV import for
 * province administrators, and each agency's page with its departments, which an agency
 * administrator may change for their own agency only.
 */
@Controller
@RequestMapping("/admin/agencies")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'AGENCY_ADMIN')")
class AgencyController {

	private final Agencies agencies;

	private final AgencyAdministration administration;

	private final MessageSource messages;

	private final Clock clock;

	AgencyController(Agencies agencies, AgencyAdministration administration, MessageSource messages, Clock clock) {
		this.agencies = agencies;
		this.administration = administration;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("levels")
	Level[] levels() {
		return Level.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) Level level,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		LocalDate date = asOf != null ? asOf : LocalDate.now(this.clock);
		model.addAttribute("asOf", date);
		model.addAttribute("level", level);
		model.addAttribute("agencies", this.agencies.list(date, level));
		return "organization/agencies";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String newAgency(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			Model model) {
		AgencyForm form = new AgencyForm();
		if (code != null) {
			form.setCode(code.strip());
		}
		if (name != null) {
			form.setName(name.strip());
		}
		model.addAttribute("agencyForm", form);
		return "organization/agency-new";
	}

	@PostMapping
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String create(@ModelAttribute AgencyForm agencyForm, BindingResult errors, RedirectAttributes redirect,
			Locale locale) {
		Agency agency = agencyForm.toAgency(errors);
		if (agency != null) {
			try {
				this.administration.create(agency);
				redirect.addFlashAttribute("flash", this.messages.getMessage("org.agency.created",
						new Object[] { agency.code(), agency.name() }, locale));
				return "redirect:/admin/agencies/" + agency.code();
			}
			catch (OrganizationRefused ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return "organization/agency-new";
	}

	@GetMapping("/import")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String importForm() {
		return "organization/agency-import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String importCsv(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("report", this.administration.importCsv(in));
		}
		return "organization/agency-import";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		Agency agency = find(code);
		if (!model.containsAttribute("agencyForm")) {
			model.addAttribute("agencyForm", AgencyForm.of(agency));
		}
		return page(agency, model);
	}

	@PostMapping("/{code}")
	String change(@PathVariable String code, @ModelAttribute AgencyForm agencyForm, BindingResult errors,
			RedirectAttributes redirect, Locale locale, Model model) {
		Agency agency = find(code);
		if (agencyForm.getName() == null || agencyForm.getName().isBlank()) {
			errors.rejectValue("name", "organization.error.required");
		}
		if (!errors.hasErrors()) {
			try {
				boolean mayEnd = Actor.current().map(actor -> actor.has(Role.PROVINCE_ADMIN)).orElse(false);
				this.administration.change(agency.code(), agencyForm.getName(),
						mayEnd ? agencyForm.getValidTo() : agency.validTo());
				redirect.addFlashAttribute("flash",
						this.messages.getMessage("org.agency.changed", new Object[] { agency.code() }, locale));
				return "redirect:/admin/agencies/" + agency.code();
			}
			catch (OrganizationRefused ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return page(agency, model);
	}

	@PostMapping("/{code}/departments")
	String addDepartment(@PathVariable String code, @RequestParam(required = false) String departmentCode,
			@RequestParam(required = false) String departmentName, RedirectAttributes redirect, Locale locale) {
		Agency agency = find(code);
		try {
			Department department = this.administration.addDepartment(agency.code(), departmentCode, departmentName);
			redirect.addFlashAttribute("flash", this.messages.getMessage("org.department.created",
					new Object[] { department.code(), department.name() }, locale));
		}
		catch (OrganizationRefused ex) {
			redirect.addFlashAttribute("failure", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			redirect.addFlashAttribute("departmentCode", departmentCode);
			redirect.addFlashAttribute("departmentName", departmentName);
		}
		return "redirect:/admin/agencies/" + agency.code();
	}

	@PostMapping("/{code}/departments/{department}")
	String renameDepartment(@PathVariable String code, @PathVariable String department,
			@RequestParam(required = false) String name, RedirectAttributes redirect, Locale locale) {
		Agency agency = find(code);
		try {
			this.administration.renameDepartment(agency.code(), department, name);
			redirect.addFlashAttribute("flash",
					this.messages.getMessage("org.department.changed", new Object[] { department }, locale));
		}
		catch (OrganizationRefused ex) {
			redirect.addFlashAttribute("failure", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "redirect:/admin/agencies/" + agency.code();
	}

	private String page(Agency agency, Model model) {
		model.addAttribute("agency", agency);
		model.addAttribute("departments", this.agencies.departments(agency.code()));
		model.addAttribute("mayEdit",
				Actor.current()
					.map(actor -> actor.has(Role.PROVINCE_ADMIN) || actor.mayActFor(agency.code()))
					.orElse(false));
		model.addAttribute("mayEnd", Actor.current().map(actor -> actor.has(Role.PROVINCE_ADMIN)).orElse(false));
		return "organization/agency";
	}

	private Agency find(String code) {
		try {
			return this.agencies.find(AgencyCode.of(code))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
