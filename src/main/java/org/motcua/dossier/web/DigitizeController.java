package org.motcua.dossier.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.motcua.dossier.DossierView;
import org.motcua.dossier.PaperMetadata;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.dossier.api.PaperSigning;
import org.motcua.shared.Actor;
import org.motcua.signature.SigningRefused;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Digitize and sign all" on the dossier's page: the papers of a received dossier not yet
 * digitized (an online dossier's uploads, a desk upload without metadata) get the
 * metadata entered for each, are signed with the officer's key one by one, and are
 * recorded as digitized in one action ({@link DossierDesk#digitize}). A paper left
 * without metadata stays as it is.
 */
@Controller
@PreAuthorize("hasAnyRole('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'APPROVER', 'LEADER', 'AGENCY_ADMIN',"
		+ " 'PROVINCE_ADMIN')")
class DigitizeController {

	private final DossierDesk desk;

	private final PaperSigning signing;

	private final DossierPageRefusals refusals;

	private final Clock clock;

	DigitizeController(DossierDesk desk, PaperSigning signing, DossierPageRefusals refusals, Clock clock) {
		this.desk = desk;
		this.signing = signing;
		this.refusals = refusals;
		this.clock = clock;
	}

	/** The metadata entered per paper. */
	static class DigitizeForm {

		private List<IntakeForm.Paper> papers = new ArrayList<>();

		public List<IntakeForm.Paper> getPapers() {
			return this.papers;
		}

		public void setPapers(List<IntakeForm.Paper> papers) {
			this.papers = papers;
		}

	}

	@PostMapping("/dossiers/{code}/digitize")
	String digitize(@PathVariable String code, @ModelAttribute DigitizeForm form, RedirectAttributes redirect,
			Locale locale) {
		Actor actor = Actor.current().orElseThrow();
		DossierView dossier = DossierPageController.visible(code, actor, this.desk);
		try {
			List<SubmittedDocument> papers = new ArrayList<>();
			for (IntakeForm.Paper line : form.getPapers()) {
				if (line == null || !line.hasMetadata()) {
					continue;
				}
				Optional<DossierView.Document> paper = dossier.documents()
					.stream()
					.filter(d -> d.requiredDocumentCode().equals(line.getCode())
							&& d.provenance() == Provenance.NOT_DIGITIZED && d.documentId() != null)
					.findFirst();
				if (paper.isEmpty()) {
					continue;
				}
				PaperMetadata metadata = line.toMetadata();
				String signed = this.signing.sign(paper.get().documentId(), code + "-" + line.getCode() + ".pdf",
						actor);
				papers.add(SubmittedDocument.digitized(line.getCode(), signed, metadata, actor.username(),
						this.clock.instant()));
			}
			if (papers.isEmpty()) {
				redirect.addFlashAttribute("failure", this.refusals.text("digitize.none", locale));
				return "redirect:/dossiers/" + code;
			}
			this.desk.digitize(code, papers, actor);
			redirect.addFlashAttribute("flash", this.refusals.text("digitize.done", locale, papers.size()));
		}
		catch (SigningRefused ex) {
			redirect.addFlashAttribute("failure", this.refusals.text("digitize.signing-refused", locale));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("failure", this.refusals.text("digitize.metadata.invalid", locale));
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("failure", this.refusals.explain(ex, locale).orElseThrow(() -> ex));
		}
		return "redirect:/dossiers/" + code;
	}

}
