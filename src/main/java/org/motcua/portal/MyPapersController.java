package org.motcua.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.motcua.audit.AuditTrail;
import org.motcua.audit.Entry;
import org.motcua.audit.EntryFilter;
import org.motcua.document.Documents;
import org.motcua.platform.PlatformProperties;
import org.motcua.platform.RequestRefused;
import org.motcua.warehouse.OwnerId;
import org.motcua.warehouse.ShareLink;
import org.motcua.warehouse.Warehouse;
import org.motcua.warehouse.WarehouseItem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * My papers: the citizen's warehouse (papers and results with metadata and validity),
 * each PDF to download, a time-limited share link, and who looked at my data (the audit
 * entries about my personal ID). Another owner's item answers 404.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class MyPapersController {

	private final Warehouse warehouse;

	private final Documents documents;

	private final AuditTrail audit;

	private final CurrentCitizen citizens;

	private final PlatformProperties platform;

	private final MessageSource messages;

	private final Clock clock;

	MyPapersController(Warehouse warehouse, Documents documents, AuditTrail audit, CurrentCitizen citizens,
			PlatformProperties platform, MessageSource messages, Clock clock) {
		this.warehouse = warehouse;
		this.documents = documents;
		this.audit = audit;
		this.citizens = citizens;
		this.platform = platform;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/portal/papers")
	String papers(Model model) {
		Citizen citizen = this.citizens.current();
		OwnerId owner = OwnerId.parse(citizen.personalId());
		List<WarehouseItem> items = this.warehouse.itemsFor(citizen.actor(), owner, null).orElse(List.of());
		List<Entry> reads = this.audit.find(new EntryFilter(null, null, null, citizen.personalId(), null, null), 0, 100)
			.items()
			.stream()
			.filter(e -> !citizen.actor().username().equals(e.username()))
			.toList();
		model.addAttribute("items", items);
		model.addAttribute("reads", reads);
		model.addAttribute("zone", this.platform.zone());
		model.addAttribute("today", LocalDate.now(this.clock.withZone(this.platform.zone())));
		return "portal/papers";
	}

	@GetMapping("/portal/papers/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable String id) {
		WarehouseItem item = mine(id);
		try (InputStream in = this.documents.open(item.documentId())) {
			return MyDossiersController.pdf(in.readAllBytes(), item.typeCode() + ".pdf");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping("/portal/papers/{id}/share")
	String share(@PathVariable String id, @RequestParam(defaultValue = "7") int days, RedirectAttributes redirect) {
		Citizen citizen = this.citizens.current();
		WarehouseItem item = mine(id);
		try {
			ShareLink link = this.warehouse.share(item.id(), citizen.actor(), Duration.ofDays(days));
			String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path()).toUriString();
			redirect.addFlashAttribute("shared", url);
			redirect.addFlashAttribute("flash", message("portal.papers.shared", days));
		}
		catch (RequestRefused ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("problem." + ex.code() + ".detail",
					ex.arguments(), ex.code(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/portal/papers";
	}

	private WarehouseItem mine(String id) {
		Citizen citizen = this.citizens.current();
		return this.warehouse.find(id)
			.filter(item -> item.owner().is(citizen.profile().personalId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
