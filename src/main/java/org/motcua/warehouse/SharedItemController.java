package org.motcua.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.motcua.document.Documents;
import org.motcua.platform.PlatformProperties;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of a shared item, open to anyone holding the link until it expires: the
 * item's metadata and its PDF. An unknown link answers 404; an expired or withdrawn one
 * 410, each with a page that says so.
 */
@Controller
class SharedItemController {

	private final Warehouse warehouse;

	private final Documents documents;

	private final PlatformProperties platform;

	private final Clock clock;

	SharedItemController(Warehouse warehouse, Documents documents, PlatformProperties platform, Clock clock) {
		this.warehouse = warehouse;
		this.documents = documents;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping("/warehouse/shared/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<SharedItem> shared = this.warehouse.findShared(token);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader("Referrer-Policy", "no-referrer");
		if (shared.isEmpty() || !shared.get().isOpen()) {
			return closed(shared, model, response);
		}
		model.addAttribute("shared", shared.get());
		model.addAttribute("item", shared.get().item());
		model.addAttribute("token", token);
		model.addAttribute("zone", this.platform.zone());
		model.addAttribute("today", LocalDate.now(this.clock.withZone(this.platform.zone())));
		return "warehouse/shared";
	}

	@GetMapping(path = "/warehouse/shared/{token}/document.pdf")
	Object document(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<SharedItem> shared = this.warehouse.findShared(token);
		if (shared.isEmpty() || !shared.get().isOpen()) {
			return closed(shared, model, response);
		}
		WarehouseItem item = shared.get().item();
		try (InputStream in = this.documents.open(item.documentId())) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.cacheControl(CacheControl.noStore())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename(item.typeCode() + ".pdf").build().toString())
				.body(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String closed(Optional<SharedItem> shared, Model model, HttpServletResponse response) {
		response.setStatus(shared.isEmpty() ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
		model.addAttribute("state", shared.map(s -> s.state().name()).orElse("UNKNOWN"));
		return "warehouse/shared-closed";
	}

}
