package org.motcua.organization;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.motcua.shared.Level;
import org.motcua.shared.UnitCode;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the unit tree, for province administrators: the tree as of a date, a new
 * unit, a merge, the successor map, a CSV import.
 */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class UnitController {

	/** One line of the tree page. */
	record UnitRow(AdministrativeUnit unit, int depth, List<UnitLineage> lineage) {
	}

	private final Units units;

	private final UnitAdministration administration;

	private final MessageSource messages;

	private final Clock clock;

	UnitController(Units units, UnitAdministration administration, MessageSource messages, Clock clock) {
		this.units = units;
		this.administration = administration;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("levels")
	Level[] levels() {
		return Level.values();
	}

	@GetMapping
	String tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		LocalDate date = asOf != null ? asOf : LocalDate.now(this.clock);
		UnitTree tree = this.units.tree();
		model.addAttribute("asOf", date);
		model.addAttribute("rows",
				tree.asOf(date)
					.stream()
					.map(node -> new UnitRow(node.unit(), node.depth(), tree.lineageOf(node.unit().code())))
					.toList());
		return "organization/units";
	}

	@GetMapping("/new")
	String newUnit(Model model) {
		model.addAttribute("unitForm", new UnitForm());
		return "organization/unit-new";
	}

	@PostMapping
	String create(@ModelAttribute UnitForm unitForm, BindingResult errors, RedirectAttributes redirect, Locale locale) {
		AdministrativeUnit unit = unitForm.toUnit(errors);
		if (unit != null) {
			try {
				this.administration.create(unit);
				redirect.addFlashAttribute("flash", this.messages.getMessage("org.unit.created",
						new Object[] { unit.code(), unit.name() }, locale));
				return "redirect:/admin/units?asOf=" + unit.validFrom();
			}
			catch (OrganizationRefused ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return "organization/unit-new";
	}

	@GetMapping("/merge")
	String mergeForm(Model model) {
		UnitForm form = new UnitForm();
		form.setLevel(Level.COMMUNE);
		model.addAttribute("unitForm", form);
		return "organization/unit-merge";
	}

	@PostMapping("/merge")
	String merge(@ModelAttribute UnitForm unitForm, BindingResult errors, RedirectAttributes redirect, Locale locale) {
		List<UnitCode> predecessors = unitForm.predecessorCodes(errors);
		AdministrativeUnit successor = unitForm.toUnit(errors);
		if (successor != null && !errors.hasErrors()) {
			try {
				this.administration.merge(predecessors, successor);
				redirect.addFlashAttribute("flash", this.messages.getMessage("org.unit.merged",
						new Object[] { successor.code(), successor.name() }, locale));
				return "redirect:/admin/units?asOf=" + successor.validFrom();
			}
			catch (OrganizationRefused ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return "organization/unit-merge";
	}

	@PostMapping("/{code}/successor")
	String succeed(@PathVariable String code, @RequestParam(required = false) String successor,
			@RequestParam(required = false) String asOf, RedirectAttributes redirect, Locale locale) {
		try {
			UnitCode successorCode = successor == null || successor.isBlank() ? null : UnitCode.of(successor);
			this.administration.succeed(UnitCode.of(code), successorCode);
			redirect.addFlashAttribute("flash",
					this.messages.getMessage("org.unit.successor-set", new Object[] { code }, locale));
		}
		catch (OrganizationRefused ex) {
			redirect.addFlashAttribute("failure", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("failure", this.messages
				.getMessage("organization.error.import.unit-code-invalid", new Object[] { successor }, locale));
		}
		return "redirect:/admin/units" + (asOf == null || asOf.isBlank() ? "" : "?asOf=" + asOf);
	}

	@GetMapping("/import")
	String importForm() {
		return "organization/unit-import";
	}

	@PostMapping("/import")
	String importCsv(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("report", this.administration.importCsv(in));
		}
		return "organization/unit-import";
	}

}
