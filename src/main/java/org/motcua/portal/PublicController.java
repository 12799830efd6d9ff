package org.motcua.portal;

import java.time.Clock;
import java.time.LocalDate;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWork;
import org.motcua.platform.PlatformProperties;
import org.motcua.statistics.IndicatorQuery;
import org.motcua.statistics.Statistics;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's public pages, open without login: the home (search the catalog, look a
 * dossier up, verify a document, and a place for the public statistics) and the status
 * lookup by code and the last 4 characters of the applicant's ID. An unknown code and a
 * wrong check get the same 404 page; past the lookup limit, a 429 page.
 */
@Controller
class PublicController {

	private final DossierWork work;

	private final LookupLimits limits;

	private final PlatformProperties platform;

	private final Statistics statistics;

	private final Clock clock;

	PublicController(DossierWork work, LookupLimits limits, PlatformProperties platform, Statistics statistics,
			Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
		this.work = work;
		this.limits = limits;
		this.platform = platform;
	}

	/**
	 * The public home, with the province's figures of this year so far and of last year
	 * (dossiers received in each, cut by today's administrative tree).
	 */
	@GetMapping("/portal")
	String home(Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.platform.zone()));
		LocalDate thisYear = today.withDayOfYear(1);
		model.addAttribute("thisYear", Integer.toString(thisYear.getYear()));
		model.addAttribute("from", thisYear);
		model.addAttribute("to", today);
		model.addAttribute("figures",
				this.statistics.indicators(new IndicatorQuery(thisYear, today, null, null, null, null, null, today)));
		model.addAttribute("lastYear", thisYear.getYear() - 1);
		model.addAttribute("lastFigures", this.statistics.indicators(new IndicatorQuery(thisYear.minusYears(1),
				thisYear.minusDays(1), null, null, null, null, null, today)));
		return "portal/home";
	}

	@GetMapping("/portal/lookup")
	String lookup(@RequestParam(required = false) String code, @RequestParam(required = false) String check,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("code", code == null ? "" : code.strip());
		model.addAttribute("check", "");
		if (code == null || code.isBlank()) {
			return "portal/lookup";
		}
		if (!this.limits.tryLookup(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(this.limits.secondsLeft()));
			model.addAttribute("tooMany", true);
			return "portal/lookup";
		}
		Optional<DossierView> found = this.work.find(code.strip())
			.filter(d -> check != null && d.applicant() != null
					&& d.applicant().idLastFour().equalsIgnoreCase(check.strip()));
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("notFound", true);
			return "portal/lookup";
		}
		model.addAttribute("dossier", found.get());
		model.addAttribute("zone", this.platform.zone());
		return "portal/lookup";
	}

}
