package org.motcua.dossier.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.motcua.account.StaffAccount;
import org.motcua.account.StaffDirectory;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.dossier.DossierStatus;
import org.motcua.shared.Actor;
import org.motcua.shared.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The officer's inbox: the open steps assigned to them; the open steps nobody has in
 * their department (a head assigns them, an officer claims them); results waiting for an
 * approver; results to return and waits for the applicant at a desk. Each list is sorted
 * by due instant and coloured by the time left; the counts of overdue and due-today lines
 * and the reminders (overdue or due within a working day) head the page.
 */
@Controller
@PreAuthorize("hasAnyRole('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'APPROVER')")
class InboxController {

	private static final Duration WORKING_DAY = Duration.ofHours(8);

	private final InboxQueries queries;

	private final DossierPageNames names;

	private final StaffDirectory staff;

	private final WorkingCalendar calendar;

	private final Clock clock;

	InboxController(InboxQueries queries, DossierPageNames names, StaffDirectory staff, WorkingCalendar calendar,
			Clock clock) {
		this.queries = queries;
		this.names = names;
		this.staff = staff;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/dossiers/inbox")
	String inbox(Model model) {
		Actor actor = Actor.current().orElseThrow();
		String agency = actor.agency() == null ? "" : actor.agency().value();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.names.zone());
		Instant endOfToday = today.plusDays(1).atStartOfDay(this.names.zone()).toInstant();
		Instant nextWorkingDay = this.calendar.addWorkingTime(now, WORKING_DAY);
		Instant soon = nextWorkingDay.isAfter(endOfToday) ? nextWorkingDay : endOfToday;
		DossierPageNames.Lookup lookup = this.names.lookup();
		boolean head = actor.has(Role.DEPARTMENT_HEAD);

		List<InboxRow> mine = this.queries.assignedTo(actor.username());
		List<InboxRow> unit = this.queries.unassignedAt(agency, actor.department(), actor.roles());
		List<InboxRow> approvals = actor.has(Role.APPROVER) ? this.queries.awaitingApprovalAt(agency) : List.of();
		boolean desk = actor.has(Role.DESK_OFFICER);
		List<InboxRow> toReturn = desk ? this.queries.atDesk(agency, List.of(DossierStatus.FINISHED)) : List.of();
		List<InboxRow> waiting = desk ? this.queries.atDesk(agency,
				List.of(DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.AWAITING_PAYMENT)) : List.of();

		Map<String, InboxRow> timed = new LinkedHashMap<>();
		for (List<InboxRow> list : List.of(mine, unit, approvals)) {
			list.forEach(r -> timed.putIfAbsent(r.code(), r));
		}
		long overdue = timed.values().stream().filter(r -> r.dueAt() != null && r.dueAt().isBefore(now)).count();
		long dueToday = timed.values()
			.stream()
			.filter(r -> r.dueAt() != null && !r.dueAt().isBefore(now) && r.dueAt().isBefore(endOfToday))
			.count();
		List<InboxRow> reminders = new ArrayList<>(
				timed.values().stream().filter(r -> r.dueAt() != null && !r.dueAt().isAfter(soon)).toList());
		reminders.sort(Comparator.comparing(InboxRow::dueAt));

		Set<String> department = Set.of(actor.department() == null ? "" : actor.department());
		model.addAttribute("mine", lines(mine, lookup, now, soon, false, false));
		model.addAttribute("unit", unit.stream()
			.map(r -> line(r, lookup, now, soon, head && department.contains(String.valueOf(r.stepDepartment())), true))
			.toList());
		model.addAttribute("approvals", lines(approvals, lookup, now, soon, false, false));
		model.addAttribute("toReturn", lines(toReturn, lookup, now, Instant.MAX, false, false));
		model.addAttribute("waiting", lines(waiting, lookup, now, Instant.MAX, false, false));
		model.addAttribute("reminders", lines(reminders, lookup, now, soon, false, false));
		model.addAttribute("overdue", overdue);
		model.addAttribute("dueToday", dueToday);
		model.addAttribute("limit", InboxQueries.LIMIT);
		model.addAttribute("isApprover", actor.has(Role.APPROVER));
		model.addAttribute("isDesk", desk);
		model.addAttribute("isHead", head);
		model.addAttribute("specialists", head ? colleagues(actor) : List.of());
		return "dossier/work/inbox";
	}

	/** The enabled officers of the head's department, whom they may assign. */
	private List<StaffAccount> colleagues(Actor actor) {
		if (actor.agency() == null || actor.department() == null) {
			return List.of();
		}
		return this.staff.staffOf(actor.agency())
			.stream()
			.filter(StaffAccount::enabled)
			.filter(a -> actor.department().equals(a.department()))
			.filter(a -> a.roles().contains(Role.SPECIALIST) || a.roles().contains(Role.DEPARTMENT_HEAD))
			.toList();
	}

	private List<InboxLine> lines(List<InboxRow> rows, DossierPageNames.Lookup lookup, Instant now, Instant soon,
			boolean assignable, boolean claimable) {
		return rows.stream().map(r -> line(r, lookup, now, soon, assignable, claimable)).toList();
	}

	private InboxLine line(InboxRow r, DossierPageNames.Lookup lookup, Instant now, Instant soon, boolean assignable,
			boolean claimable) {
		boolean clockStands = r.status().isClosed() || r.status() == DossierStatus.AWAITING_SUPPLEMENT
				|| r.status() == DossierStatus.AWAITING_PAYMENT;
		InboxUrgency urgency = clockStands ? InboxUrgency.NORMAL : InboxUrgency.of(r.dueAt(), now, soon);
		return new InboxLine(r.code(), lookup.procedureName(r.procedureCode(), r.procedureVersion()), r.applicantName(),
				r.status(), r.stepName(), r.stepAgency() == null ? "" : lookup.unit(r.stepAgency(), r.stepDepartment()),
				lookup.person(r.assignee()), this.names.at(r.dueAt()), urgency, assignable, claimable);
	}

}
