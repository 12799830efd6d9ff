package org.motcua.warehouse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.motcua.platform.PlatformProperties;
import org.motcua.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff page of an owner's warehouse, opened while handling a dossier of that owner
 * ({@code ?dossier=}); the read is audited like the API's. Anyone else gets the same 404
 * as for an unknown page.
 */
@Controller
@PreAuthorize("hasAnyRole('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'APPROVER', 'LEADER', 'AGENCY_ADMIN',"
		+ " 'PROVINCE_ADMIN', 'AUDITOR')")
class WarehousePageController {

	private final Warehouse warehouse;

	private final PlatformProperties platform;

	private final Clock clock;

	WarehousePageController(Warehouse warehouse, PlatformProperties platform, Clock clock) {
		this.warehouse = warehouse;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping("/warehouse/{ownerId}")
	String items(@PathVariable String ownerId, @RequestParam(required = false) String dossier, Model model) {
		if (!OwnerId.isValid(ownerId) || (dossier != null && dossier.length() > 50)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Actor actor = Actor.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		OwnerId owner = OwnerId.parse(ownerId);
		List<WarehouseItem> items = this.warehouse.itemsFor(actor, owner, dossier)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("owner", owner);
		model.addAttribute("dossier", dossier);
		model.addAttribute("items", items);
		model.addAttribute("zone", this.platform.zone());
		model.addAttribute("today", LocalDate.now(this.clock.withZone(this.platform.zone())));
		return "warehouse/items";
	}

}
