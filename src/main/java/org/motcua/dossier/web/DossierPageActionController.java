package org.motcua.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.motcua.catalog.Vnd;
import org.motcua.document.Documents;
import org.motcua.document.Ingested;
import org.motcua.dossier.Action;
import org.motcua.dossier.ActionBody;
import org.motcua.dossier.Channel;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.dossier.results.Results;
import org.motcua.platform.RequestRefused;
import org.motcua.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.WebUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action forms of the dossier's page: each reads its fields, refuses bad input with a
 * message, and acts through {@link DossierDesk#act} (papers claimed and forms issued in
 * the action's transaction). Supplied papers and the result file are uploaded here; a
 * refused file is explained and nothing changes. Every outcome goes back to the page as a
 * message.
 */
@Controller
@PreAuthorize("hasAnyRole('DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'APPROVER', 'LEADER', 'AGENCY_ADMIN',"
		+ " 'PROVINCE_ADMIN')")
class DossierPageActionController {

	private final DossierDesk desk;

	private final Documents documents;

	private final DossierPageRefusals refusals;

	private final DossierPageNames names;

	private final Results results;

	DossierPageActionController(DossierDesk desk, Documents documents, DossierPageRefusals refusals,
			DossierPageNames names, Results results) {
		this.results = results;
		this.desk = desk;
		this.documents = documents;
		this.refusals = refusals;
		this.names = names;
	}

	/** A field the form must fix, with its message key. */
	static final class Invalid extends RuntimeException {

		private final String key;

		Invalid(String key) {
			super(key, null, false, false);
			this.key = key;
		}

	}

	/** A supplied paper's file that the document module refused. */
	static final class FileRefused extends RuntimeException {

		private final String paper;

		private final RequestRefused refusal;

		FileRefused(String paper, RequestRefused refusal) {
			super(paper, refusal, false, false);
			this.paper = paper;
			this.refusal = refusal;
		}

	}

	@PostMapping("/dossiers/{code}/actions/{action}")
	String act(@PathVariable String code, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		Actor actor = Actor.current().orElseThrow();
		Action chosen = Action.fromPath(action)
			.filter(a -> a != Action.SUBMIT && a != Action.RECEIVE && a != Action.REJECT && a != Action.ASSIGN)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		DossierPageController.visible(code, actor, this.desk);
		try {
			if (!DossierDesk.mayAct(actor, chosen)) {
				throw new Invalid("work.refused.role");
			}
			ActionBody body = switch (chosen) {
				case SUPPLEMENT -> supplement(request);
				case FINISH -> finish(request);
				default -> body(chosen, form);
			};
			if (chosen == Action.FINISH) {
				Map<String, String> fields = new java.util.LinkedHashMap<>();
				form.forEach((name, values) -> {
					if (name.startsWith("field.") && !values.isEmpty()) {
						fields.put(name.substring("field.".length()), values.get(0));
					}
				});
				String type = text(form, "resultType");
				boolean entered = fields.values().stream().anyMatch(v -> v != null && !v.isBlank());
				this.desk.act(code, chosen, body, actor, after -> {
					if (entered) {
						this.results.enterFields(after, type, fields, actor.username());
					}
				});
			}
			else {
				this.desk.act(code, chosen, body, actor);
			}
			redirect.addFlashAttribute("flash", this.refusals.text("work.done", locale,
					this.refusals.text("dossier.action." + chosen.path(), locale)));
		}
		catch (Invalid ex) {
			redirect.addFlashAttribute("failure", this.refusals.text(ex.key, locale));
		}
		catch (FileRefused ex) {
			redirect.addFlashAttribute("failure", this.refusals.text("work.refused.file", locale, ex.paper) + " "
					+ this.refusals.explain(ex.refusal, locale).orElse(""));
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("failure", this.refusals.explain(ex, locale).orElseThrow(() -> ex));
		}
		return "redirect:/dossiers/" + code;
	}

	private ActionBody body(Action action, MultiValueMap<String, String> form) {
		return switch (action) {
			case HAND_OVER -> new ActionBody(null, step(text(form, "toStep")), text(form, "toAgencyCode"),
					text(form, "toDepartment"), text(form, "toAccount"), text(form, "note"), null, null, null, null,
					null, null, null, null, null, null);
			case RETURN_TO_PREVIOUS, WITHDRAW -> note(text(form, "note"));
			case REQUEST_SUPPLEMENT -> {
				List<String> missing = form.getOrDefault("missing", List.of())
					.stream()
					.filter(m -> !m.isBlank())
					.toList();
				if (missing.isEmpty()) {
					throw new Invalid("work.refused.missing-none");
				}
				yield new ActionBody(null, null, null, null, null, text(form, "note"), missing, null, null, null, null,
						null, null, null, null, null);
			}
			case REQUEST_PAYMENT -> new ActionBody(null, null, null, null, null, text(form, "note"), null, null,
					amount(text(form, "amount")), null, null, null, null, null, null, null);
			case CONFIRM_PAYMENT -> new ActionBody(null, null, null, null, null, null, null, null, null,
					required(text(form, "reference"), "work.refused.reference-required"), null, null, null, null, null,
					null);
			case EXTEND ->
				new ActionBody(null, null, null, null, null, null, null, null, null, null, due(text(form, "newDueAt")),
						required(text(form, "reason"), "work.refused.reason-required"), null, null, null, null);
			case STOP -> new ActionBody(null, null, null, null, null, null, null, null, null, null, null,
					required(text(form, "reason"), "work.refused.reason-required"), null, null, null, null);
			case APPROVE -> ActionBody.empty();
			case RETURN_RESULT -> new ActionBody(null, null, null, null, null, null, null, null, null, null, null, null,
					null, channel(text(form, "how")), null, null);
			case RATE -> new ActionBody(null, null, null, null, null, null, null, null, null, null, null, null, null,
					null, score(text(form, "score")), text(form, "comment"));
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	/** The papers brought: one file per required document, at least one. */
	private ActionBody supplement(HttpServletRequest request) {
		List<SubmittedDocument> supplied = new ArrayList<>();
		for (Map.Entry<String, MultipartFile> file : files(request).entrySet()) {
			if (!file.getKey().startsWith("file-") || file.getValue().isEmpty()) {
				continue;
			}
			String paper = file.getKey().substring("file-".length());
			Ingested ingested;
			try {
				ingested = ingest(file.getValue());
			}
			catch (RequestRefused ex) {
				throw new FileRefused(paper, ex);
			}
			supplied.add(new SubmittedDocument(paper, ingested.documentId(), null, Provenance.DIGITIZED));
		}
		if (supplied.isEmpty()) {
			throw new Invalid("work.refused.files-none");
		}
		return new ActionBody(null, null, null, null, null, null, null, supplied, null, null, null, null, null, null,
				null, null);
	}

	private ActionBody finish(HttpServletRequest request) {
		MultipartFile result = files(request).get("result");
		if (result == null || result.isEmpty()) {
			throw new Invalid("work.refused.result-none");
		}
		return new ActionBody(null, null, null, null, null, null, null, null, null, null, null, null,
				ingest(result).documentId(), null, null, null);
	}

	private static Map<String, MultipartFile> files(HttpServletRequest request) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		return multipart == null ? Map.of() : multipart.getFileMap();
	}

	/** Stores an upload; a refused file is explained with the document module's text. */
	private Ingested ingest(MultipartFile file) {
		try (InputStream in = file.getInputStream()) {
			return this.documents.ingest(in, file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ActionBody note(String note) {
		return new ActionBody(null, null, null, null, null, note, null, null, null, null, null, null, null, null, null,
				null);
	}

	private static String text(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String required(String value, String key) {
		if (value == null) {
			throw new Invalid(key);
		}
		return value;
	}

	private static Integer step(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new Invalid("work.refused.invalid");
		}
	}

	private static Vnd amount(String value) {
		try {
			BigDecimal amount = new BigDecimal(
					required(value, "work.refused.amount-invalid").replace(".", "").replace(",", "").replace(" ", ""));
			if (amount.signum() <= 0 || amount.scale() > 0) {
				throw new Invalid("work.refused.amount-invalid");
			}
			return Vnd.of(amount);
		}
		catch (NumberFormatException ex) {
			throw new Invalid("work.refused.amount-invalid");
		}
	}

	private java.time.Instant due(String value) {
		try {
			return LocalDateTime.parse(required(value, "work.refused.due-invalid"))
				.atZone(this.names.zone())
				.toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Invalid("work.refused.due-invalid");
		}
	}

	private static Channel channel(String value) {
		try {
			return Channel.valueOf(required(value, "work.refused.how-required"));
		}
		catch (IllegalArgumentException ex) {
			throw new Invalid("work.refused.how-required");
		}
	}

	private static Integer score(String value) {
		try {
			int score = Integer.parseInt(required(value, "work.refused.score-invalid"));
			if (score < 1 || score > 5) {
				throw new Invalid("work.refused.score-invalid");
			}
			return score;
		}
		catch (NumberFormatException ex) {
			throw new Invalid("work.refused.score-invalid");
		}
	}

}
