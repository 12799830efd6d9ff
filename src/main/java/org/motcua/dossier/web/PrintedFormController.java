package org.motcua.dossier.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.motcua.dossier.DossierView;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.dossier.forms.FormKind;
import org.motcua.dossier.forms.Forms;
import org.motcua.dossier.forms.IssuedForm;
import org.motcua.shared.Actor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printed forms of a dossier for staff pages (session login): {@code receipt},
 * {@code supplement-request}, {@code refusal}, {@code apology}, {@code stop-notice} and
 * {@code control-slip}, served as {@code GET /api/v1/dossiers/{code}/forms/{form}.pdf}
 * serves them. A dossier the person may not see, and a form not issued, are a 404.
 */
@Controller
@PreAuthorize("hasAnyRole('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'APPROVER', 'LEADER', 'AGENCY_ADMIN',"
		+ " 'PROVINCE_ADMIN', 'STATISTICS_VIEWER', 'AUDITOR')")
class PrintedFormController {

	private final DossierDesk desk;

	private final Forms forms;

	PrintedFormController(DossierDesk desk, Forms forms) {
		this.desk = desk;
		this.forms = forms;
	}

	@GetMapping("/dossiers/{code}/forms/{form}.pdf")
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form) {
		Actor actor = DeskScope.actor();
		DossierView dossier = this.desk.findVisible(code, actor).orElseThrow(DeskController::notFound);
		FormKind kind = kind(form).orElseThrow(DeskController::notFound);
		Optional<IssuedForm> issued = this.desk.printedForm(dossier, kind, actor);
		IssuedForm found = issued.orElseThrow(DeskController::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(form + "-" + dossier.code() + ".pdf").build().toString())
			.body(this.forms.open(found));
	}

	private static Optional<FormKind> kind(String form) {
		return Arrays.stream(FormKind.values())
			.filter(k -> k != FormKind.TRACKING_BOOK)
			.filter(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(form))
			.findFirst();
	}

}
