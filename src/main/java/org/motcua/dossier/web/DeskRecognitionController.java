package org.motcua.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import org.motcua.document.Documents;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the intake preview asks while a paper's text is recognized in the background:
 * still running, or done with the issue date found in it. The date fills the paper's
 * issue date only while the officer has left it empty. Only the officer who uploaded the
 * paper may ask.
 */
@Controller
@PreAuthorize("hasAnyRole('DESK_OFFICER','AGENCY_ADMIN','PROVINCE_ADMIN')")
class DeskRecognitionController {

	private final DeskPapers papers;

	private final Documents documents;

	DeskRecognitionController(DeskPapers papers, Documents documents) {
		this.papers = papers;
		this.documents = documents;
	}

	@GetMapping("/desk/intake/recognition")
	String recognition(@RequestParam String document, @RequestParam int index, HttpServletRequest request,
			Model model) {
		if (index < 0 || !this.documents.isUploadedBy(document, DeskScope.actor().username())) {
			throw DeskController.notFound();
		}
		DeskPapers.Recognition recognition = this.papers.recognition(document);
		String entered = request.getParameter("papers[" + index + "].issuedOn");
		boolean suggested = recognition.issuedOn() != null && (entered == null || entered.isBlank());
		model.addAttribute("document", document);
		model.addAttribute("index", index);
		model.addAttribute("done", recognition.done());
		model.addAttribute("suggested", suggested);
		model.addAttribute("issuedOn", suggested ? recognition.issuedOn().toString() : "");
		return "dossier/desk/recognition :: status";
	}

}
