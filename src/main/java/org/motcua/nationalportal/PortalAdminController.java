package org.motcua.nationalportal;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import org.motcua.platform.PlatformProperties;

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
 * The administrators' page of the national portal connection: health (last success,
 * backlog, failures), pending, failed and dead-lettered messages with a resend action, a
 * dossier's sync log, what the simulator received, and the catalog differences to accept.
 */
@Controller
@RequestMapping("/admin/national-portal")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class PortalAdminController {

	static final int LIMIT = 100;

	private final PortalOutbox outbox;

	private final PortalFigures figures;

	private final PortalSimulator simulator;

	private final CatalogComparison comparison;

	private final Clock clock;

	private final PlatformProperties platform;

	PortalAdminController(PortalOutbox outbox, PortalFigures figures, PortalSimulator simulator,
			CatalogComparison comparison, Clock clock, PlatformProperties platform) {
		this.outbox = outbox;
		this.figures = figures;
		this.simulator = simulator;
		this.comparison = comparison;
		this.clock = clock;
		this.platform = platform;
	}

	@GetMapping
	String page(@RequestParam(name = "dossier", required = false) String dossier, Model model) {
		model.addAttribute("zone", this.platform.zone());
		java.util.Map<OutboxStatus, Long> counts = this.outbox.counts();
		java.util.Map<String, Long> byName = new java.util.LinkedHashMap<>();
		counts.forEach((status, n) -> byName.put(status.name(), n));
		model.addAttribute("counts", byName);
		model.addAttribute("backlog", counts.get(OutboxStatus.PENDING) + counts.get(OutboxStatus.FAILED));
		model.addAttribute("health",
				List.of(this.figures.health(PortalDispatch.CHANNEL), this.figures.health(PortalIntake.CHANNEL),
						this.figures.health(PortalIntake.PUSH_CHANNEL), this.figures.health("catalog")));
		model.addAttribute("pending", this.outbox.inStatus(OutboxStatus.PENDING, LIMIT));
		model.addAttribute("failed", this.outbox.inStatus(OutboxStatus.FAILED, LIMIT));
		model.addAttribute("dead", this.outbox.inStatus(OutboxStatus.DEAD, LIMIT));
		model.addAttribute("dossier", dossier == null ? "" : dossier.strip());
		model.addAttribute("log",
				dossier == null || dossier.isBlank() ? List.of() : this.outbox.ofDossier(dossier.strip()));
		List<SimulatorRecord> records = this.simulator.isRunning() ? this.simulator.records() : List.of();
		model.addAttribute("simulator", this.simulator.isRunning());
		List<SimulatorRecord> latest = new java.util.ArrayList<>(
				records.subList(Math.max(0, records.size() - 20), records.size()));
		java.util.Collections.reverse(latest);
		model.addAttribute("received", latest);
		return "nationalportal/admin";
	}

	@PostMapping("/messages/{id}/resend")
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		boolean done = this.outbox.resend(id, this.clock.instant());
		redirect.addFlashAttribute("notice", done ? "nationalportal.resent" : "nationalportal.notDead");
		return "redirect:/admin/national-portal";
	}

	@GetMapping("/catalog")
	String catalog(Model model) {
		try {
			model.addAttribute("differences", this.comparison.differences());
			this.figures.success("catalog", this.clock.instant());
		}
		catch (PortalFailure ex) {
			this.figures.failure("catalog", this.clock.instant(), ex.getMessage());
			model.addAttribute("differences", List.of());
			model.addAttribute("unreachable", ex.getMessage());
		}
		return "nationalportal/catalog";
	}

	@PostMapping("/catalog/accept")
	String accept(@RequestParam CatalogDifference.Item item, @RequestParam String code,
			@RequestParam CatalogDifference.Change change, @RequestParam(required = false) String ours,
			@RequestParam(required = false) String portal, Principal principal, RedirectAttributes redirect) {
		try {
			boolean written = this.comparison.accept(new CatalogDifference(item, code, change, ours, portal),
					principal.getName());
			redirect.addFlashAttribute("notice",
					written ? "nationalportal.accepted.written" : "nationalportal.accepted");
		}
		catch (PortalFailure ex) {
			this.figures.failure("catalog", this.clock.instant(), ex.getMessage());
			redirect.addFlashAttribute("notice", "nationalportal.accepted.unreachable");
		}
		return "redirect:/admin/national-portal/catalog";
	}

}
