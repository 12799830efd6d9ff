package org.motcua.dossier.web;

import java.util.List;

import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierSummary;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.shared.Actor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Staff search across the dossiers the viewer may see (their agency's and those handed to
 * it; all for a province administrator), newest first, a page at a time.
 */
@Controller
@PreAuthorize("hasAnyRole('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'APPROVER', 'LEADER', 'AGENCY_ADMIN',"
		+ " 'PROVINCE_ADMIN', 'STATISTICS_VIEWER', 'AUDITOR')")
class SearchController {

	static final int SIZE = 25;

	private final DossierDesk desk;

	private final DossierPageNames names;

	SearchController(DossierDesk desk, DossierPageNames names) {
		this.desk = desk;
		this.names = names;
	}

	/** A line of the results. */
	record SearchLine(String code, String procedure, String applicant, DossierStatus status, String agency,
			String receivedAt, String dueAt, String outcome) {

	}

	@GetMapping("/dossiers")
	String search(@ModelAttribute("search") SearchForm form, BindingResult binding, Model model) {
		Actor actor = Actor.current().orElseThrow();
		boolean invalid = binding.hasErrors()
				|| form.from() != null && form.to() != null && form.to().isBefore(form.from());
		int page = form.pageOrFirst();
		DossierDesk.Found found = invalid ? new DossierDesk.Found(List.of(), 0) : this.desk.search(actor,
				new DossierDesk.Criteria(form.status(), null, null, form.q(), form.procedure(), form.from(), form.to()),
				page, SIZE);
		DossierPageNames.Lookup lookup = this.names.lookup();
		List<SearchLine> lines = found.items().stream().map(s -> line(s, lookup)).toList();
		model.addAttribute("invalid", invalid);
		model.addAttribute("lines", lines);
		model.addAttribute("total", found.total());
		model.addAttribute("page", page);
		model.addAttribute("pages", (found.total() + SIZE - 1) / SIZE);
		model.addAttribute("statuses", DossierStatus.values());
		return "dossier/work/search";
	}

	private SearchLine line(DossierSummary s, DossierPageNames.Lookup lookup) {
		return new SearchLine(s.code(), lookup.procedureName(s.procedureCode(), s.procedureVersion()),
				s.applicantName(), s.status(), lookup.agency(s.agency()), this.names.at(s.receivedAt()),
				this.names.at(s.dueAt()), s.outcome() == null ? null : s.outcome().name());
	}

}
