package org.motcua.dossier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.motcua.catalog.Catalog;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;
import org.motcua.dossier.Action;
import org.motcua.dossier.ActionBody;
import org.motcua.dossier.DossierLine;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IllegalTransition;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.organization.Agency;
import org.motcua.organization.Organization;
import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's queue: online and postal dossiers submitted to its agency and waiting to be
 * received, oldest first; each is received (the receipt is issued) or refused with
 * reasons (the refusal is issued). Another agency's dossier is a 404.
 */
@Controller
@RequestMapping("/desk/queue")
@PreAuthorize("hasAnyRole('DESK_OFFICER','AGENCY_ADMIN','PROVINCE_ADMIN')")
class DeskQueueController {

	static final int LIMIT = 500;

	private final DossierWork work;

	private final DossierDesk desk;

	private final Catalog catalog;

	private final Organization organization;

	private final MessageSource messages;

	private final Clock clock;

	DeskQueueController(DossierWork work, DossierDesk desk, Catalog catalog, Organization organization,
			MessageSource messages, Clock clock) {
		this.clock = clock;
		this.work = work;
		this.desk = desk;
		this.catalog = catalog;
		this.organization = organization;
		this.messages = messages;
	}

	/** One dossier of the queue, with its procedure's name. */
	record QueueLine(DossierLine dossier, String procedureName) {
	}

	/** What was just done to a dossier, and the form it issued. */
	record Done(String code, String message, String form) implements java.io.Serializable {
	}

	@GetMapping
	String queue(@RequestParam(required = false) String agency, Model model) {
		Actor actor = DeskScope.actor();
		AgencyCode code = DeskScope.agency(actor, agency);
		List<DossierLine> lines = this.work.findWaitingAtDesk(code, LIMIT);
		Map<String, String> names = procedureNames(lines, this.catalog);
		model.addAttribute("lines",
				lines.stream()
					.map(l -> new QueueLine(l,
							names.getOrDefault(l.procedureCode() + "#" + l.procedureVersion(), l.procedureCode())))
					.toList());
		model.addAttribute("agency", code.value());
		model.addAttribute("agencyName", this.organization.findAgency(code).map(Agency::name).orElse(code.value()));
		model.addAttribute("agencies", DeskScope.mayPickAgency(actor)
				? this.organization.agencies(LocalDate.now(this.clock.withZone(this.desk.zone()))) : List.of());
		model.addAttribute("times", new DeskTimes(this.desk.zone()));
		return "dossier/desk/queue";
	}

	@PostMapping("/{code}/receive")
	String receive(@PathVariable String code, RedirectAttributes redirect) {
		Actor actor = DeskScope.actor();
		DossierView dossier = waiting(code, actor);
		try {
			this.desk.act(dossier.code(), Action.RECEIVE, ActionBody.empty(), actor);
			redirect.addFlashAttribute("done", new Done(code, message("desk.queue.received", code), "receipt"));
		}
		catch (IllegalTransition ex) {
			redirect.addFlashAttribute("error", message("desk.queue.not-waiting", code));
		}
		return "redirect:/desk/queue" + agencyParam(actor, dossier);
	}

	@GetMapping("/{code}/reject")
	String rejectForm(@PathVariable String code, Model model) {
		DossierView dossier = waiting(code, DeskScope.actor());
		return showReject(dossier, "", model);
	}

	@PostMapping("/{code}/reject")
	String reject(@PathVariable String code, @RequestParam(defaultValue = "") String reasons, Model model,
			RedirectAttributes redirect) {
		Actor actor = DeskScope.actor();
		DossierView dossier = waiting(code, actor);
		List<String> listed = Arrays.stream(reasons.split("\\R")).map(String::strip).filter(r -> !r.isEmpty()).toList();
		if (listed.isEmpty() || reasons.length() > 4000) {
			model.addAttribute("reasonsError", message("desk.reject.reasons-required"));
			return showReject(dossier, reasons, model);
		}
		try {
			this.desk.act(dossier.code(), Action.REJECT, new ActionBody(listed, null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null), actor);
			redirect.addFlashAttribute("done", new Done(code, message("desk.queue.rejected", code), "refusal"));
		}
		catch (IllegalTransition ex) {
			redirect.addFlashAttribute("error", message("desk.queue.not-waiting", code));
		}
		return "redirect:/desk/queue" + agencyParam(actor, dossier);
	}

	private String showReject(DossierView dossier, String reasons, Model model) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("procedureName", this.desk.procedureName(dossier));
		model.addAttribute("reasons", reasons);
		model.addAttribute("times", new DeskTimes(this.desk.zone()));
		return "dossier/desk/reject";
	}

	/** A dossier of the actor's desk; others, and unknown ones, are a 404. */
	private DossierView waiting(String code, Actor actor) {
		return this.desk.findVisible(code, actor)
			.filter(d -> actor.mayActFor(AgencyCode.of(d.agency())))
			.orElseThrow(DeskController::notFound);
	}

	private static String agencyParam(Actor actor, DossierView dossier) {
		return DeskScope.mayPickAgency(actor) ? "?agency=" + dossier.agency() : "";
	}

	/** Procedure names by {@code code#version}. */
	static Map<String, String> procedureNames(List<DossierLine> lines, Catalog catalog) {
		return lines.stream()
			.map(l -> l.procedureCode() + "#" + l.procedureVersion())
			.distinct()
			.collect(Collectors.toMap(Function.identity(), key -> {
				String[] parts = key.split("#");
				return ProcedureCode.isValid(parts[0])
						? catalog.findVersion(ProcedureCode.of(parts[0]), Integer.parseInt(parts[1]))
							.map(Procedure::name)
							.orElse(parts[0])
						: parts[0];
			}));
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

}
