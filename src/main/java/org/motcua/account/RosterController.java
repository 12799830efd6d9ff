package org.motcua.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The desk duty roster page: a week (Monday to Saturday) of an agency's desks and shifts,
 * with forms to assign and unassign desk officers for those who may change it.
 */
@Controller
@RequestMapping("/admin/roster")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','AGENCY_ADMIN','DESK_OFFICER')")
class RosterController {

	private final Roster roster;

	private final Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	RosterController(Roster roster, Accounts accounts, MessageSource messages, Clock clock) {
		this.roster = roster;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) String week, @RequestParam(required = false) String agency,
			Model model) {
		Actor actor = AccountAdminController.actor();
		AgencyCode agencyCode = agencyFor(actor, agency);
		LocalDate monday = RosterRules.mondayOf(week).orElse(null);
		if (week != null && monday == null) {
			model.addAttribute("error", message("roster.badWeek", week));
		}
		if (monday == null) {
			monday = RosterRules.mondayOf(RosterRules.weekOf(LocalDate.now(this.clock))).orElseThrow();
		}
		List<LocalDate> days = RosterRules.workingDays(monday);
		Map<String, String> cells = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		if (agencyCode != null) {
			for (Duties.Duty duty : this.roster.dutiesOf(actor, agencyCode, days.get(0), days.get(5))) {
				String name = names.computeIfAbsent(duty.accountId(),
						id -> this.accounts.findById(id)
							.map(row -> row.actor().displayName() + " (" + row.actor().username() + ")")
							.orElse("?"));
				cells.put(duty.deskId() + ":" + duty.date() + ":" + duty.shift().name(), name);
			}
			model.addAttribute("desks", this.roster.desksOf(actor, agencyCode));
			model.addAttribute("officers", this.accounts.findStaff(agencyCode, Role.DESK_OFFICER));
			model.addAttribute("mayChange", Roster.mayChange(actor, agencyCode));
		}
		model.addAttribute("agency", agencyCode == null ? "" : agencyCode.value());
		model.addAttribute("pickAgency", actor.has(Role.PROVINCE_ADMIN));
		model.addAttribute("week", RosterRules.weekOf(monday));
		model.addAttribute("previousWeek", RosterRules.weekOf(monday.minusWeeks(1)));
		model.addAttribute("nextWeek", RosterRules.weekOf(monday.plusWeeks(1)));
		model.addAttribute("days", days);
		model.addAttribute("shifts", Shift.values());
		model.addAttribute("cells", cells);
		return "account/roster";
	}

	private static AgencyCode agencyFor(Actor actor, String agency) {
		if (actor.has(Role.PROVINCE_ADMIN) && agency != null && !agency.isBlank()) {
			try {
				return AgencyCode.of(agency);
			}
			catch (IllegalArgumentException ex) {
				return actor.agency();
			}
		}
		return actor.agency();
	}

	@PostMapping("/assign")
	String assign(@RequestParam long desk, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam Shift shift, @RequestParam long officer, @RequestParam(required = false) String agency,
			RedirectAttributes redirect) {
		try {
			this.roster.assign(AccountAdminController.actor(), desk, date, shift, officer);
			redirect.addFlashAttribute("flash", message("roster.assigned"));
		}
		catch (RosterRefused ex) {
			redirect.addFlashAttribute("error", message(ex.code(), date));
		}
		return back(RosterRules.weekOf(date), agency);
	}

	@PostMapping("/remove")
	String remove(@RequestParam long desk, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam Shift shift, @RequestParam(required = false) String agency, RedirectAttributes redirect) {
		try {
			this.roster.unassign(AccountAdminController.actor(), desk, date, shift);
			redirect.addFlashAttribute("flash", message("roster.removed"));
		}
		catch (RosterRefused ex) {
			redirect.addFlashAttribute("error", message(ex.code(), date));
		}
		return back(RosterRules.weekOf(date), agency);
	}

	@PostMapping("/desks")
	String addDesk(@RequestParam String name, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String week, RedirectAttributes redirect) {
		Actor actor = AccountAdminController.actor();
		try {
			AgencyCode code = agencyFor(actor, agency);
			if (code == null) {
				throw new RosterRefused("roster.refused.noDesk");
			}
			this.roster.addDesk(actor, code, name);
			redirect.addFlashAttribute("flash", message("roster.deskAdded", name));
		}
		catch (RosterRefused ex) {
			redirect.addFlashAttribute("error", message(ex.code(), name));
		}
		return back(week, agency);
	}

	private static String back(String week, String agency) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/roster");
		if (week != null && !week.isBlank()) {
			uri.queryParam("week", week);
		}
		if (agency != null && !agency.isBlank()) {
			uri.queryParam("agency", agency);
		}
		return "redirect:" + uri.encode().build().toUriString();
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
