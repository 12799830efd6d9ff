package org.motcua.dossier.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.motcua.dossier.DossierView;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.platform.PlatformProperties;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Actor;
import org.motcua.shared.Role;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public verification pages ({@code /verify}: an upload form; {@code /verify/<code>}:
 * what the code leads to) and the certification of copies on the dossier page.
 */
@Controller
class ResultPagesController {

	private final Verification verification;

	private final CertifiedCopies copies;

	private final DossierDesk desk;

	private final MessageSource messages;

	private final PlatformProperties platform;

	ResultPagesController(Verification verification, CertifiedCopies copies, DossierDesk desk, MessageSource messages,
			PlatformProperties platform) {
		this.verification = verification;
		this.copies = copies;
		this.desk = desk;
		this.messages = messages;
		this.platform = platform;
	}

	@GetMapping("/verify")
	String form(@RequestParam(required = false) String code) {
		if (code != null && !code.isBlank()) {
			return "redirect:/verify/" + code.strip().replaceAll("[^0-9A-Za-z-]", "");
		}
		return "dossier/verify/verify";
	}

	@GetMapping("/verify/{code}")
	String byCode(@PathVariable String code, Model model, HttpServletResponse response) {
		Verdict verdict = this.verification.byCode(code).orElse(null);
		if (verdict == null) {
			// the page says the code is unknown, with the status an unknown address has
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("code", code);
		model.addAttribute("verdict", verdict);
		model.addAttribute("zone", this.platform.zone());
		return "dossier/verify/verify";
	}

	@PostMapping("/verify")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale) {
		model.addAttribute("zone", this.platform.zone());
		if (file == null || file.isEmpty()) {
			model.addAttribute("failure", this.messages.getMessage("verify.page.no-file", null, locale));
			return "dossier/verify/verify";
		}
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("verdict", this.verification.byUpload(in));
			model.addAttribute("uploaded", file.getOriginalFilename());
		}
		catch (RequestRefused ex) {
			model.addAttribute("failure",
					this.messages.getMessage("problem." + ex.code() + ".detail", ex.arguments(), ex.code(), locale));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "dossier/verify/verify";
	}

	@PostMapping("/dossiers/{code}/certify-copy")
	String certify(@PathVariable String code, @RequestParam String paper, RedirectAttributes redirect, Locale locale) {
		Actor actor = Actor.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		DossierView dossier = this.desk.findVisible(code, actor)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!(actor.has(Role.DESK_OFFICER) || actor.has(Role.SPECIALIST) || actor.has(Role.DEPARTMENT_HEAD)
				|| actor.has(Role.APPROVER))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		try {
			IssuedDocument copy = this.copies.certify(dossier, paper, actor.username());
			redirect.addFlashAttribute("flash", this.messages.getMessage("result.copy.done",
					new Object[] { paper, copy.verificationCode().value() }, locale));
		}
		catch (RequestRefused ex) {
			redirect.addFlashAttribute("failure",
					this.messages.getMessage("problem." + ex.code() + ".detail", ex.arguments(), ex.code(), locale));
		}
		return "redirect:/dossiers/" + code;
	}

}
