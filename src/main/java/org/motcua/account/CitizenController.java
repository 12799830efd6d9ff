package org.motcua.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A citizen's own pages: registration ({@code /register}, open to anyone) and the profile
 * ({@code /me}: contact details and password), which every logged-in person has.
 */
@Controller
class CitizenController {

	private final Citizens citizens;

	private final Accounts accounts;

	private final PasswordRules passwordRules;

	private final MessageSource messages;

	private final Clock clock;

	CitizenController(Citizens citizens, Accounts accounts, AccountProperties properties, MessageSource messages,
			Clock clock) {
		this.citizens = citizens;
		this.accounts = accounts;
		this.passwordRules = new PasswordRules(properties.minPasswordLength());
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		model.addAttribute("registrationForm", new RegistrationForm());
		model.addAttribute("minPasswordLength", this.passwordRules.minLength());
		return "account/register";
	}

	@PostMapping("/register")
	String register(@ModelAttribute("registrationForm") RegistrationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		form.validate(errors, this.passwordRules, LocalDate.now(this.clock));
		if (!errors.hasFieldErrors("personalId") && this.citizens.isRegistered(form.personalIdValue())) {
			errors.rejectValue("personalId", "register.personalId.taken");
		}
		if (errors.hasErrors()) {
			model.addAttribute("minPasswordLength", this.passwordRules.minLength());
			return "account/register";
		}
		this.citizens.register(form.toRegistration());
		return "redirect:/login?registered";
	}

	@GetMapping("/me")
	String profile(Model model) {
		Accounts.Row row = me();
		ProfileForm form = new ProfileForm();
		form.setEmail(row.email() == null ? "" : row.email());
		form.setPhone(row.phone() == null ? "" : row.phone());
		return showProfile(row, form, model);
	}

	private String showProfile(Accounts.Row row, ProfileForm form, Model model) {
		model.addAttribute("account", row);
		model.addAttribute("profileForm", form);
		model.addAttribute("minPasswordLength", this.passwordRules.minLength());
		return "account/me";
	}

	@PostMapping("/me")
	String changeContact(@ModelAttribute("profileForm") ProfileForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Accounts.Row row = me();
		form.validate(errors);
		if (errors.hasErrors()) {
			return showProfile(row, form, model);
		}
		this.citizens.changeContact(row.id(), form.getEmail(), form.getPhone());
		redirect.addFlashAttribute("flash", message("me.saved"));
		return "redirect:/me";
	}

	@PostMapping("/me/password")
	String changePassword(@RequestParam(required = false) String current, @RequestParam String password,
			@RequestParam String repeat, RedirectAttributes redirect) {
		Accounts.Row row = me();
		List<String> problems = this.passwordRules.check(password, repeat, row.actor().username());
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("error", message(problems.get(0), this.passwordRules.minLength()));
			return "redirect:/me";
		}
		if (!this.citizens.changePassword(row.id(), current, password)) {
			redirect.addFlashAttribute("error", message("me.wrongPassword"));
			return "redirect:/me";
		}
		redirect.addFlashAttribute("flash", message("me.passwordChanged"));
		return "redirect:/me";
	}

	private Accounts.Row me() {
		long id = AccountAdminController.actor().accountId();
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotVisible(id));
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
