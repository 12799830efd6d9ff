package org.motcua.dossier.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.motcua.dossier.DossierWork;
import org.motcua.platform.RequestRefused;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public status lookup of API.md: anyone who knows a dossier's code and the last four
 * characters of its applicant's ID sees its status and timeline, nothing personal; a
 * wrong or missing check answers the same 404 as an unknown code.
 */
@RestController
@Tag(name = "Public", description = "Open to anyone")
class DossierStatusController {

	private final DossierWork work;

	private final DossierDesk desk;

	DossierStatusController(DossierWork work, DossierDesk desk) {
		this.work = work;
		this.desk = desk;
	}

	@GetMapping("/api/v1/dossiers/{code}/status")
	@Operation(summary = "The status of a dossier",
			description = "{ code, procedure{code, name}, status, nationalStatus, receivedAt, dueAt, finishedAt,"
					+ " returnedAt, outcome, timeline[{at, status, unit}] }")
	@ApiResponse(responseCode = "200", description = "the status")
	@ApiResponse(responseCode = "404",
			description = "dossier.not-found: unknown code, or a wrong or missing check (the same answer)")
	DossierJson.StatusJson status(@PathVariable String code,
			@Parameter(description = "the last 4 characters of the applicant's ID number") @RequestParam(
					required = false) String check) {
		return this.work.find(code)
			.filter(d -> check != null && d.applicant() != null
					&& d.applicant().idLastFour().equalsIgnoreCase(check.strip()))
			.map(d -> DossierJson.StatusJson.of(d, this.desk.procedureName(d), this.desk.zone()))
			.orElseThrow(() -> RequestRefused.notFound("dossier.not-found", code));
	}

}
