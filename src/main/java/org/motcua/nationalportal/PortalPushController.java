package org.motcua.nationalportal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.motcua.nationalportal.PortalIntake.Taken;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dossiers the national portal pushes: the same intake as the pulled ones (each portal
 * code once, into the desk's online queue). The portal authenticates as a staff account
 * of the province's administrators with an API key ({@code Authorization: Bearer}).
 */
@RestController
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class PortalPushController {

	static final int MAX_BATCH = 500;

	private final PortalIntake intake;

	PortalPushController(PortalIntake intake) {
		this.intake = intake;
	}

	@Operation(summary = "Take in dossiers pushed by the national portal",
			description = "A list of at most 500 dossiers filed on the portal; answers what became of each: "
					+ "TAKEN (with the dossier code), KNOWN (pushed or pulled before) or REFUSED (with the reason).")
	@PostMapping("/api/v1/national-portal/dossiers")
	Pushed push(@RequestBody List<InboundDossier> dossiers) {
		if (dossiers.size() > MAX_BATCH) {
			throw new IllegalArgumentException("At most " + MAX_BATCH + " dossiers in one push");
		}
		return new Pushed(this.intake.takePushed(dossiers));
	}

	record Pushed(List<Taken> items) {

	}

}
