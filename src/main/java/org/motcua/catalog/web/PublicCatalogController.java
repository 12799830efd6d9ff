package org.motcua.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.catalog.ProcedurePage;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.organization.Agency;
import org.motcua.organization.Organization;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Level;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public catalog pages, open to anyone: the search (works without JavaScript; with
 * htmx the results follow the typing) and one procedure to read.
 */
@Controller
@RequestMapping("/procedures")
class PublicCatalogController {

	static final int PAGE_SIZE = 20;

	private final Catalog catalog;

	private final Organization organization;

	private final Clock clock;

	PublicCatalogController(Catalog catalog, Organization organization, Clock clock) {
		this.catalog = catalog;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String field,
			@RequestParam(required = false) String online, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		SearchForm form = new SearchForm(q, lenient(Level.class, level), lenientAgency(agency), field,
				lenient(OnlineLevel.class, online), Math.max(page, 0));
		ProcedurePage found = this.catalog.search(
				new ProcedureQuery(form.q(), form.level(), form.agency() == null ? null : AgencyCode.of(form.agency()),
						form.field(), form.online(), false, form.page(), PAGE_SIZE));
		model.addAttribute("form", form);
		model.addAttribute("found", found);
		model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("levels", Level.values());
		model.addAttribute("onlineLevels", OnlineLevel.values());
		if (htmx == null) {
			model.addAttribute("fields", this.catalog.fields());
			model.addAttribute("agencies", this.organization.agencies(LocalDate.now(this.clock)));
		}
		return htmx != null ? "catalog/procedures :: results" : "catalog/procedures";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		Procedure procedure = ProcedureCode.isValid(code)
				? this.catalog.findPublished(ProcedureCode.of(code)).orElse(null) : null;
		if (procedure == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("procedure", procedure);
		model.addAttribute("agencyNames", agencyNames(procedure, this.organization));
		return "catalog/procedure";
	}

	/** The names of the agencies a procedure names, by code (the code when unknown). */
	static Map<String, String> agencyNames(Procedure procedure, Organization organization) {
		Map<String, String> names = new LinkedHashMap<>();
		procedure.definition().agencies().forEach(a -> names.put(a.value(), name(a, organization)));
		procedure.definition()
			.processingPlan()
			.steps()
			.stream()
			.filter(s -> s.agency() != null)
			.forEach(s -> names.put(s.agency().value(), name(s.agency(), organization)));
		return names;
	}

	private static String name(AgencyCode code, Organization organization) {
		return organization.findAgency(code).map(Agency::name).orElse(code.value());
	}

	private static <E extends Enum<E>> E lenient(Class<E> type, String value) {
		try {
			return CatalogApiController.parse(type, "", value);
		}
		catch (CatalogApiController.BadParameter ex) {
			return null;
		}
	}

	private static String lenientAgency(String value) {
		try {
			return value == null || value.isBlank() ? null : AgencyCode.of(value).value();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** What the search form holds. */
	record SearchForm(String q, Level level, String agency, String field, OnlineLevel online, int page) {
	}

}
