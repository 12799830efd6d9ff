package org.motcua.dossier.web;

import org.motcua.dossier.DossierView;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.dossier.results.ResultPageParts;
import org.motcua.document.Documents;
import org.motcua.shared.Actor;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dossier's page, and its papers and result for those who may see it. A dossier the
 * viewer may not see is a 404, as an unknown one.
 */
@Controller
@PreAuthorize("hasAnyRole('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'APPROVER', 'LEADER', 'AGENCY_ADMIN',"
		+ " 'PROVINCE_ADMIN', 'STATISTICS_VIEWER', 'AUDITOR')")
class DossierPageController {

	private final DossierDesk desk;

	private final DossierPageModel page;

	private final Documents documents;

	private final ResultPageParts results;

	DossierPageController(DossierDesk desk, DossierPageModel page, Documents documents, ResultPageParts results) {
		this.results = results;
		this.desk = desk;
		this.page = page;
		this.documents = documents;
	}

	@GetMapping("/dossiers/{code}")
	String show(@PathVariable String code, Model model) {
		Actor actor = Actor.current().orElseThrow();
		DossierView dossier = visible(code, actor, this.desk);
		this.page.fill(dossier, actor, model);
		this.results.fill(dossier, model);
		return "dossier/work/dossier";
	}

	@GetMapping("/dossiers/{code}/documents/{id}")
	ResponseEntity<InputStreamResource> document(@PathVariable String code, @PathVariable String id) {
		DossierView dossier = visible(code, Actor.current().orElseThrow(), this.desk);
		boolean held = dossier.documents().stream().anyMatch(d -> id.equals(d.documentId()))
				|| dossier.result() != null && id.equals(dossier.result().documentId())
				|| this.results.isCopy(dossier, id);
		if (!held) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(code + "-" + id.substring(0, 12) + ".pdf").build().toString())
			.body(new InputStreamResource(this.documents.open(id)));
	}

	/** The dossier if {@code actor} may see it; otherwise the same 404 as unknown. */
	static DossierView visible(String code, Actor actor, DossierDesk desk) {
		return desk.findVisible(code, actor).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
