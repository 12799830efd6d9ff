package org.motcua.portal;

import java.time.Clock;

import org.motcua.shared.TaxCode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's profile in the portal: what the account holds (name, personal ID, birth
 * date, e-mail and phone, edited on {@code /me}) and the portal's additions — the address
 * that pre-fills filings, and the organisation the citizen represents (tax code and name)
 * to file on its behalf.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class ProfileController {

	private final CurrentCitizen citizens;

	private final Profiles profiles;

	private final MessageSource messages;

	private final Clock clock;

	ProfileController(CurrentCitizen citizens, Profiles profiles, MessageSource messages, Clock clock) {
		this.citizens = citizens;
		this.profiles = profiles;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/portal/profile")
	String profile(Model model) {
		model.addAttribute("citizen", this.citizens.current());
		return "portal/profile";
	}

	@PostMapping("/portal/profile")
	String save(@RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String taxCode,
			@RequestParam(defaultValue = "") String organizationName, RedirectAttributes redirect) {
		Citizen citizen = this.citizens.current();
		String tax = taxCode.strip();
		String name = organizationName.strip();
		if (address.length() > 300 || name.length() > 300 || tax.isEmpty() != name.isEmpty()
				|| !tax.isEmpty() && !isTaxCode(tax)) {
			redirect.addFlashAttribute("error", message("portal.profile.invalid"));
			return "redirect:/portal/profile";
		}
		this.profiles.save(citizen.actor().accountId(), new Profiles.Extra(address.isBlank() ? null : address.strip(),
				tax.isEmpty() ? null : tax, name.isEmpty() ? null : name), this.clock.instant());
		redirect.addFlashAttribute("flash", message("portal.profile.saved"));
		return "redirect:/portal/profile";
	}

	private static boolean isTaxCode(String value) {
		try {
			TaxCode.of(value);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
