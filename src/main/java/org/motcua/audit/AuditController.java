package org.motcua.audit;

import org.motcua.platform.PlatformProperties;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit page for auditors and province administrators: the trail, filtered and paged,
 * newest first, and the integrity check of the whole chain.
 */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR','PROVINCE_ADMIN')")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final PlatformProperties platform;

	AuditController(AuditTrail trail, PlatformProperties platform) {
		this.trail = trail;
		this.platform = platform;
	}

	@GetMapping("/audit")
	String trail(@ModelAttribute("search") AuditSearch search, Model model) {
		EntryPage entries = this.trail.find(search.filter(this.platform.zone()), search.pageNumber(), PAGE_SIZE);
		model.addAttribute("entries", entries);
		model.addAttribute("page", search.pageNumber());
		model.addAttribute("pages", Math.max(1, (entries.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("zone", this.platform.zone());
		return "audit/trail";
	}

	@GetMapping("/audit/verification")
	String verify(@ModelAttribute("search") AuditSearch search, Model model) {
		model.addAttribute("verification", this.trail.verify());
		return trail(search, model);
	}

}
