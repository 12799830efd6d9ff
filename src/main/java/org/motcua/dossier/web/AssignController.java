package org.motcua.dossier.web;

import java.util.Locale;

import org.motcua.dossier.Action;
import org.motcua.dossier.ActionBody;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assigns the current step of a dossier (a department head, to an officer of the step's
 * department) or claims it (without {@code toAccount}), from the inbox or the dossier's
 * page, and goes back there with what happened.
 */
@Controller
@PreAuthorize("hasAnyRole('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'APPROVER')")
class AssignController {

	private final DossierDesk desk;

	private final DossierPageRefusals refusals;

	AssignController(DossierDesk desk, DossierPageRefusals refusals) {
		this.desk = desk;
		this.refusals = refusals;
	}

	@PostMapping("/dossiers/{code}/assign")
	String assign(@PathVariable String code, @RequestParam(required = false) String toAccount,
			@RequestParam(defaultValue = "dossier") String back, RedirectAttributes redirect, Locale locale) {
		Actor actor = Actor.current().orElseThrow();
		if (this.desk.findVisible(code, actor).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String to = toAccount == null || toAccount.isBlank() ? null : toAccount.strip();
		ActionBody body = new ActionBody(null, null, null, null, to, null, null, null, null, null, null, null, null,
				null, null, null);
		try {
			this.desk.act(code, Action.ASSIGN, body, actor);
			redirect.addFlashAttribute("flash",
					this.refusals.text(to == null ? "work.assign.claimed" : "work.assign.done", locale, code, to));
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("failure", this.refusals.explain(ex, locale).orElseThrow(() -> ex));
		}
		return "inbox".equals(back) ? "redirect:/dossiers/inbox" : "redirect:/dossiers/" + code;
	}

}
