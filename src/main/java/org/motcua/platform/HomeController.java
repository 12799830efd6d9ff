package org.motcua.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: to a visitor, what motcua is and where to log in; to a logged-in person,
 * the work their roles allow, one card each.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "platform/home";
	}

}
