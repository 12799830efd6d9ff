package org.motcua.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page: the password form, and a button per configured OpenID Connect provider
 * (VNeID, Keycloak). Spring Security handles the form's POST and the logout.
 */
@Controller
class LoginController {

	/** A provider button. */
	record Provider(String id, String name) {
	}

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	@GetMapping("/login")
	String login(Model model) {
		List<Provider> providers = new ArrayList<>();
		if (this.registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object each : all) {
				if (each instanceof ClientRegistration r) {
					providers.add(new Provider(r.getRegistrationId(), r.getClientName()));
				}
			}
		}
		model.addAttribute("providers", providers);
		return "account/login";
	}

}
