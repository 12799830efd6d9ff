package org.motcua.warehouse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.platform.PlatformProperties;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Actor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner's warehouse through the API: visible to the owner, and to staff while
 * handling a dossier of that owner (the read is audited with the dossier as its purpose).
 * A warehouse the caller may not see answers the same 404 whether or not it holds
 * anything.
 */
@RestController
@Tag(name = "Warehouse", description = "The personal data warehouse: digitized papers and results of an owner")
class WarehouseApiController {

	private final Warehouse warehouse;

	private final PlatformProperties platform;

	private final Clock clock;

	WarehouseApiController(Warehouse warehouse, PlatformProperties platform, Clock clock) {
		this.warehouse = warehouse;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping("/api/v1/warehouse/{ownerId}/items")
	@Operation(summary = "An owner's digitized papers and results",
			description = "Newest first, revoked items included (revoked: true). Each item carries its metadata (kind"
					+ " PAPER, RESULT or CERTIFIED_COPY, typeCode, number, issuedOn, issuer, signer, summary, data for"
					+ " results), validity{until (null when permanent), permanent, validNow}, provenance{dossierCode,"
					+ " by, at}, signature{status SIGNED_INTACT, UNSIGNED or BROKEN, subject, signedAt} and the"
					+ " dossiers that reused it. Visible to the owner (a citizen with this personal ID) and to staff"
					+ " handling a dossier of the owner, named by the dossier parameter; every staff read is recorded"
					+ " in the audit trail with that purpose. size is capped at 500.")
	@ApiResponse(responseCode = "200", description = "{ items, total }")
	@ApiResponse(responseCode = "400",
			description = "warehouse.owner-malformed: not a 12-digit personal ID nor a tax code; request.malformed")
	@ApiResponse(responseCode = "404",
			description = "warehouse.not-found: the caller may not see this owner's warehouse (never tells whether it"
					+ " exists)")
	ItemJson.PageJson items(
			@Parameter(description = "a personal ID (12 digits) or a tax code") @PathVariable String ownerId,
			@Parameter(description = "the code of the dossier being handled: the purpose of the read") @RequestParam(
					required = false) String dossier,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (!OwnerId.isValid(ownerId)) {
			throw RequestRefused.invalid("warehouse.owner-malformed");
		}
		if (page < 0 || (dossier != null && dossier.length() > 50)) {
			throw RequestRefused.invalid("request.malformed", page < 0 ? "page" : "dossier");
		}
		Actor actor = Actor.current().orElseThrow(() -> RequestRefused.forbidden("auth.forbidden"));
		List<WarehouseItem> items = this.warehouse.itemsFor(actor, OwnerId.parse(ownerId), dossier)
			.orElseThrow(() -> RequestRefused.notFound("warehouse.not-found"));
		int capped = Math.min(Math.max(size, 1), 500);
		LocalDate today = LocalDate.now(this.clock.withZone(this.platform.zone()));
		List<ItemJson> shown = items.stream()
			.skip((long) page * capped)
			.limit(capped)
			.map(item -> ItemJson.of(item, today, this.platform.zone()))
			.toList();
		return new ItemJson.PageJson(shown, items.size());
	}

}
