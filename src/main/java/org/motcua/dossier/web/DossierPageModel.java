package org.motcua.dossier.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.motcua.account.StaffAccount;
import org.motcua.account.StaffDirectory;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.RequiredDocument;
import org.motcua.dossier.Action;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.PaperMetadata;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.api.ApplicantWarehouse;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.dossier.forms.FormKind;
import org.motcua.dossier.forms.Forms;
import org.motcua.shared.Actor;
import org.motcua.shared.Role;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the dossier's page shows: its facts with names for codes, its steps, papers,
 * result, rating, history, issued forms, and the actions its state and the viewer's roles
 * allow (the aggregate still decides; a refused one is explained).
 */
@Component
class DossierPageModel {

	/** The actions each state offers on the page (as API.md allows them). */
	private static final Map<DossierStatus, List<Action>> OFFERED = Map.of(DossierStatus.RECEIVED,
			List.of(Action.HAND_OVER, Action.REQUEST_SUPPLEMENT, Action.EXTEND, Action.STOP, Action.WITHDRAW),
			DossierStatus.IN_PROCESS,
			List.of(Action.HAND_OVER, Action.RETURN_TO_PREVIOUS, Action.REQUEST_SUPPLEMENT, Action.REQUEST_PAYMENT,
					Action.FINISH, Action.EXTEND, Action.STOP, Action.WITHDRAW),
			DossierStatus.AWAITING_SUPPLEMENT, List.of(Action.SUPPLEMENT, Action.STOP, Action.WITHDRAW),
			DossierStatus.AWAITING_PAYMENT, List.of(Action.CONFIRM_PAYMENT, Action.STOP, Action.WITHDRAW),
			DossierStatus.AWAITING_APPROVAL, List.of(Action.APPROVE, Action.WITHDRAW), DossierStatus.FINISHED,
			List.of(Action.RETURN_RESULT), DossierStatus.RESULT_RETURNED, List.of(Action.RATE));

	private static final Set<FormKind> DOSSIER_FORMS = EnumSet.of(FormKind.RECEIPT, FormKind.SUPPLEMENT_REQUEST,
			FormKind.REFUSAL, FormKind.APOLOGY, FormKind.STOP_NOTICE);

	private final DossierPageNames names;

	private final Forms forms;

	private final StaffDirectory staff;

	private final Clock clock;

	DossierPageModel(DossierPageNames names, Forms forms, StaffDirectory staff, Clock clock) {
		this.names = names;
		this.forms = forms;
		this.staff = staff;
		this.clock = clock;
	}

	record StepLine(int planIndex, String name, String unit, String assignee, String startedAt, String dueAt,
			String endedAt, String outcome, boolean open) {

	}

	/**
	 * A paper as the page lists it; a digitized one says who digitized and signed it and
	 * when, and its metadata in a line.
	 */
	record PaperLine(String code, String name, String provenance, String documentId, String digitizedBy,
			String digitizedAt, String metadata) {

	}

	record EventLine(String at, String type, String by, String status, String unit, String note) {

	}

	record FormLink(String kind, String slug, String issuedAt) {

	}

	record Choice(String value, String label) {

	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static String metadata(PaperMetadata m) {
		if (m == null) {
			return null;
		}
		StringBuilder line = new StringBuilder();
		if (m.number() != null) {
			line.append(m.number()).append(" · ");
		}
		line.append(DATE.format(m.issuedOn())).append(" · ").append(m.issuer());
		line.append(" · ").append(m.validUntil() == null ? "∞" : "→ " + DATE.format(m.validUntil()));
		if (m.summary() != null) {
			line.append(" · ").append(m.summary());
		}
		return line.toString();
	}

	void fill(DossierView d, Actor actor, Model model) {
		DossierPageNames.Lookup lookup = this.names.lookup();
		Optional<Procedure> procedure = lookup.procedure(d.procedure().code(), d.procedureVersion());
		List<RequiredDocument> required = procedure.map(p -> p.definition().requiredDocuments()).orElse(List.of());
		Map<String, String> paperNames = required.stream()
			.collect(Collectors.toMap(RequiredDocument::code, RequiredDocument::name, (a, b) -> a));
		List<Choice> plan = new ArrayList<>();
		procedure.ifPresent(p -> {
			var steps = p.definition().processingPlan().steps();
			for (int i = 0; i < steps.size(); i++) {
				plan.add(new Choice(String.valueOf(i), (i + 1) + ". " + steps.get(i).name()));
			}
		});
		DossierView.Step open = d.steps().isEmpty() ? null : d.steps().get(d.steps().size() - 1);
		if (open != null && open.endedAt() != null) {
			open = null;
		}
		int current = open == null ? -1 : open.planIndex();

		model.addAttribute("d", d);
		model.addAttribute("procedureName", lookup.procedureName(d.procedure().code(), d.procedureVersion()));
		model.addAttribute("agencyName", lookup.agency(d.agency()));
		model.addAttribute("receivedAt", this.names.at(d.receivedAt()));
		model.addAttribute("dueAt", this.names.at(d.dueAt()));
		model.addAttribute("finishedAt", this.names.at(d.finishedAt()));
		model.addAttribute("returnedAt", this.names.at(d.returnedAt()));
		model.addAttribute("steps",
				d.steps()
					.stream()
					.map(s -> new StepLine(s.planIndex(), s.name(), lookup.unit(s.unit()), lookup.person(s.assignee()),
							this.names.at(s.startedAt()), this.names.at(s.dueAt()), this.names.at(s.endedAt()),
							s.outcome() == null ? null : s.outcome().name(), s.endedAt() == null))
					.toList());
		model.addAttribute("papers", d.documents()
			.stream()
			.map(p -> new PaperLine(p.requiredDocumentCode(),
					paperNames.getOrDefault(p.requiredDocumentCode(), p.requiredDocumentCode()), p.provenance().name(),
					p.documentId(), p.digitizedBy() == null ? null : lookup.person(p.digitizedBy()),
					this.names.at(p.digitizedAt()), metadata(p.metadata())))
			.toList());
		boolean handling = d.receivedAt() != null && EnumSet
			.of(DossierStatus.RECEIVED, DossierStatus.IN_PROCESS, DossierStatus.AWAITING_SUPPLEMENT,
					DossierStatus.AWAITING_PAYMENT, DossierStatus.AWAITING_APPROVAL)
			.contains(d.status());
		model.addAttribute("digitizable",
				handling && DossierDesk.mayAct(actor, Action.HAND_OVER) ? d.documents()
					.stream()
					.filter(p -> p.provenance() == Provenance.NOT_DIGITIZED && p.documentId() != null)
					.map(p -> new Choice(p.requiredDocumentCode(),
							paperNames.getOrDefault(p.requiredDocumentCode(), p.requiredDocumentCode())))
					.toList() : List.of());
		model.addAttribute("warehouseOwner",
				ApplicantWarehouse.owner(d.applicant()).map(Object::toString).orElse(null));
		model.addAttribute("result", d.result());
		model.addAttribute("approvedBy", d.result() == null ? "" : lookup.person(d.result().approvedBy()));
		model.addAttribute("approvedAt", d.result() == null ? "" : this.names.at(d.result().approvedAt()));
		model.addAttribute("ratedAt", d.rating() == null ? "" : this.names.at(d.rating().at()));
		List<EventLine> events = new ArrayList<>();
		for (int i = 0; i < d.events().size(); i++) {
			DossierView.EventLine e = d.events().get(i);
			DossierView.TimelineLine t = i < d.timeline().size() ? d.timeline().get(i) : null;
			events.add(new EventLine(this.names.at(e.at()), e.type(), lookup.person(e.by()),
					t == null ? null : t.status().name(), t == null ? "" : lookup.unit(t.unit()), e.note()));
		}
		model.addAttribute("events", events);
		model.addAttribute("forms", forms(d));

		List<String> actions = new ArrayList<>();
		Instant now = this.clock.instant();
		for (Action action : OFFERED.getOrDefault(d.status(), List.of())) {
			if (!DossierDesk.mayAct(actor, action)) {
				continue;
			}
			if (action == Action.FINISH && current != plan.size() - 1) {
				continue;
			}
			if (action == Action.RETURN_TO_PREVIOUS && d.steps().size() < 2) {
				continue;
			}
			if (action == Action.EXTEND && (d.dueAt() == null || !now.isBefore(d.dueAt()))) {
				continue;
			}
			if (action == Action.RATE && d.rating() != null) {
				continue;
			}
			actions.add(action.path());
		}
		model.addAttribute("actions", actions);
		model.addAttribute("plan", plan);
		model.addAttribute("nextStep", current + 1 < plan.size() ? String.valueOf(current + 1) : "");
		model.addAttribute("required",
				required.stream().map(r -> new Choice(r.code(), r.name() + (r.mandatory() ? "" : " *"))).toList());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("minDue", d.dueAt() == null ? ""
				: d.dueAt().atZone(this.names.zone()).toLocalDateTime().plusMinutes(1).withSecond(0).withNano(0));

		boolean working = open != null
				&& (d.status() == DossierStatus.RECEIVED || d.status() == DossierStatus.IN_PROCESS);
		String openUnit = open == null ? "" : open.unit();
		String mine = actor.agency() == null ? null
				: actor.agency().value() + (actor.department() == null ? "" : "/" + actor.department());
		boolean inUnit = working && mine != null && (openUnit.equals(mine) || openUnit.equals(actor.agency().value()));
		model.addAttribute("openStep", !working ? null : (open.planIndex() + 1) + ". " + open.name() + " — "
				+ lookup.unit(openUnit) + (open.assignee() == null ? "" : " — " + lookup.person(open.assignee())));
		model.addAttribute("mayClaim", inUnit && open.assignee() == null);
		boolean head = inUnit && actor.has(Role.DEPARTMENT_HEAD);
		model.addAttribute("mayAssign", head);
		model.addAttribute("specialists", head ? colleagues(actor, open) : List.of());
	}

	private List<FormLink> forms(DossierView d) {
		List<FormLink> links = new ArrayList<>();
		for (FormKind kind : DOSSIER_FORMS) {
			this.forms.find(d.code(), kind)
				.ifPresent(f -> links.add(new FormLink(kind.name(), slug(kind), this.names.at(f.issuedAt()))));
		}
		if (d.receivedAt() != null) {
			links.add(new FormLink(FormKind.CONTROL_SLIP.name(), slug(FormKind.CONTROL_SLIP), ""));
		}
		return links;
	}

	static String slug(FormKind kind) {
		return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	private List<Choice> colleagues(Actor actor, DossierView.Step open) {
		Function<StaffAccount, String> label = a -> a.displayName() + " (" + a.username() + ")";
		String unit = open.unit();
		return this.staff.staffOf(actor.agency())
			.stream()
			.filter(StaffAccount::enabled)
			.filter(a -> unit.contains("/") ? unit.equals(a.agency().value() + "/" + a.department())
					: a.department() != null)
			.filter(a -> a.roles().stream().anyMatch(r -> r != Role.AGENCY_ADMIN && r != Role.CITIZEN))
			.map(a -> new Choice(a.username(), label.apply(a)))
			.toList();
	}

}
