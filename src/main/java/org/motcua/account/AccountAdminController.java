package org.motcua.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.motcua.shared.Actor;
import org.motcua.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administration pages of staff accounts: the list, the creation form, and one
 * account's page (roles, department, enabled, unlock, password reset, API keys).
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','AGENCY_ADMIN')")
class AccountAdminController {

	private final AccountAdministration administration;

	private final PasswordRules passwordRules;

	private final MessageSource messages;

	private final Clock clock;

	AccountAdminController(AccountAdministration administration, AccountProperties properties, MessageSource messages,
			Clock clock) {
		this.administration = administration;
		this.passwordRules = new PasswordRules(properties.minPasswordLength());
		this.messages = messages;
		this.clock = clock;
	}

	static Actor actor() {
		return Actor.current().orElseThrow(() -> new AccessDeniedException("Nobody is logged in"));
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		AccountAdministration.Page accounts = this.administration.list(actor(), page, 100);
		model.addAttribute("accounts", accounts.items());
		model.addAttribute("total", accounts.total());
		model.addAttribute("page", page);
		model.addAttribute("now", this.clock.instant());
		return "account/accounts";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		StaffForm form = new StaffForm();
		Actor actor = actor();
		if (actor.agency() != null) {
			form.setAgency(actor.agency().value());
		}
		return showNew(form, model);
	}

	private String showNew(StaffForm form, Model model) {
		model.addAttribute("staffForm", form);
		model.addAttribute("grantable", AccountScope.grantable(actor()));
		model.addAttribute("minPasswordLength", this.passwordRules.minLength());
		return "account/account-new";
	}

	@PostMapping("/new")
	String create(@ModelAttribute("staffForm") StaffForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Actor actor = actor();
		form.validate(errors, this.passwordRules);
		if (!errors.hasFieldErrors("username") && this.administration.isUsernameTaken(form.getUsername().strip())) {
			errors.rejectValue("username", "account.username.taken");
		}
		if (form.agencyCode() != null && !errors.hasFieldErrors("agency")
				&& !this.administration.agencyExists(form.agencyCode())) {
			errors.rejectValue("agency", "account.agency.unknown");
		}
		if (form.agencyCode() != null && !errors.hasFieldErrors("agency") && !errors.hasFieldErrors("department")
				&& form.getDepartment() != null && !form.getDepartment().isBlank()
				&& !this.administration.departmentExists(form.agencyCode(), form.getDepartment().strip())) {
			errors.rejectValue("department", "account.department.unknown");
		}
		if (form.agencyCode() != null && !AccountScope.mayManage(actor, form.agencyCode())) {
			throw new AccessDeniedException("May not create accounts of another agency");
		}
		if (!AccountScope.grantable(actor).containsAll(form.getRoles())) {
			throw new AccessDeniedException("May not grant these roles");
		}
		if (errors.hasErrors()) {
			return showNew(form, model);
		}
		long id = this.administration.createStaff(actor, form.toNewStaff());
		redirect.addFlashAttribute("flash", message("account.created", form.getUsername()));
		return "redirect:/admin/accounts/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Actor actor = actor();
		Accounts.Row account = this.administration.find(actor, id);
		model.addAttribute("account", account);
		model.addAttribute("locked", account.isLockedAt(this.clock.instant()));
		model.addAttribute("keys", this.administration.keysOf(actor, id));
		model.addAttribute("grantable", AccountScope.grantable(actor));
		model.addAttribute("minPasswordLength", this.passwordRules.minLength());
		return "account/account";
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @RequestParam(required = false) Set<Role> roles,
			@RequestParam(required = false) String department, @RequestParam(defaultValue = "false") boolean enabled,
			RedirectAttributes redirect) {
		Set<Role> chosen = roles == null ? EnumSet.noneOf(Role.class) : roles;
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("error", message("account.roles.required"));
			return "redirect:/admin/accounts/" + id;
		}
		this.administration.change(actor(), id, chosen, department, enabled);
		redirect.addFlashAttribute("flash", message("account.changed"));
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.administration.unlock(actor(), id);
		redirect.addFlashAttribute("flash", message("account.unlocked"));
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, @RequestParam String repeat,
			RedirectAttributes redirect) {
		Accounts.Row account = this.administration.find(actor(), id);
		var problems = this.passwordRules.check(password, repeat, account.actor().username());
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("error", message(problems.get(0), this.passwordRules.minLength()));
			return "redirect:/admin/accounts/" + id;
		}
		this.administration.resetPassword(actor(), id, password);
		redirect.addFlashAttribute("flash", message("account.passwordReset"));
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/api-keys")
	String issueKey(@PathVariable long id, @RequestParam(required = false) String label, Model model) {
		ApiKeys.Issued issued = this.administration.issueKey(actor(), id, label);
		model.addAttribute("issuedKey", issued.key());
		return show(id, model);
	}

	@PostMapping("/{id}/api-keys/{keyId}/revoke")
	String revokeKey(@PathVariable long id, @PathVariable long keyId, RedirectAttributes redirect) {
		this.administration.revokeKey(actor(), id, keyId);
		redirect.addFlashAttribute("flash", message("account.keyRevoked"));
		return "redirect:/admin/accounts/" + id;
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, code,
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

}
