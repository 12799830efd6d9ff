package org.motcua.notification;

import java.time.Clock;
import java.util.List;

import org.motcua.dossier.OpenStep;
import org.motcua.dossier.OpenSteps;
import org.motcua.platform.PlatformProperties;
import org.motcua.shared.Actor;
import org.motcua.shared.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An officer's notices: their in-app inbox (reminders, digests), newest first, and for
 * department heads and approvers the overdue steps of their unit (the head's department,
 * the approver's agency).
 */
@Controller
@PreAuthorize("hasAnyRole('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'APPROVER')")
class NoticesController {

	static final int PAGE = 20;

	static final int OVERDUE_LIMIT = 500;

	private final Notifications notifications;

	private final OpenSteps steps;

	private final Clock clock;

	private final PlatformProperties platform;

	NoticesController(Notifications notifications, OpenSteps steps, Clock clock, PlatformProperties platform) {
		this.notifications = notifications;
		this.steps = steps;
		this.clock = clock;
		this.platform = platform;
	}

	@GetMapping("/notices")
	String notices(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = Actor.current().orElseThrow();
		int current = Math.max(0, page);
		MessagePage inbox = this.notifications.inboxOf(actor.username(), current, PAGE);
		model.addAttribute("zone", this.platform.zone());
		model.addAttribute("inbox", inbox);
		model.addAttribute("page", current);
		model.addAttribute("hasNext", (long) (current + 1) * PAGE < inbox.total());
		boolean head = actor.has(Role.DEPARTMENT_HEAD);
		boolean approver = actor.has(Role.APPROVER);
		model.addAttribute("seesUnit", (head || approver) && actor.agency() != null);
		List<OpenStep> overdue = List.of();
		if ((head || approver) && actor.agency() != null) {
			String department = approver ? null : actor.department();
			overdue = this.steps.findDueAt(actor.agency().value(), department, this.clock.instant(), OVERDUE_LIMIT);
		}
		model.addAttribute("overdue", overdue);
		return "notification/notices";
	}

}
