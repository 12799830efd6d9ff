package org.motcua.dossier.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.motcua.dossier.DossierRefused;
import org.motcua.dossier.IllegalTransition;
import org.motcua.dossier.MissingDocuments;
import org.motcua.platform.Problems;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The dossier module's refusals as problems in the caller's language: an illegal
 * transition is a 409, missing papers a 400 listing them, an unknown dossier a 404, a
 * reused Idempotency-Key or a step someone else has a 409, an assignment by someone who
 * is not the department's head a 403, other refusals a 400.
 */
@RestControllerAdvice(assignableTypes = { DossierApiController.class, DossierStatusController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class DossierProblems {

	private final Problems problems;

	private final MessageSource messages;

	DossierProblems(Problems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> illegal(IllegalTransition ex, HttpServletRequest request) {
		Locale locale = locale(request);
		String status = this.messages.getMessage("dossier.status." + ex.status().name(), null, ex.status().name(),
				locale);
		String action = this.messages.getMessage("dossier.action." + ex.action().path(), null, ex.action().path(),
				locale);
		ProblemDetail problem = this.problems.problem(HttpStatus.CONFLICT, "dossier.illegal-transition", locale, status,
				action);
		problem.setProperty("status", ex.status().name());
		problem.setProperty("action", ex.action().path());
		return answer(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missing(MissingDocuments ex, HttpServletRequest request) {
		ProblemDetail problem = this.problems.problem(HttpStatus.BAD_REQUEST, "dossier.missing-documents",
				locale(request), String.join(", ", ex.missing()));
		problem.setProperty("missing", ex.missing());
		return answer(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(DossierRefused ex, HttpServletRequest request) {
		HttpStatus status = switch (ex.code()) {
			case "dossier.not-found" -> HttpStatus.NOT_FOUND;
			case "dossier.idempotency-conflict", "dossier.step-taken", "dossier.daily-numbers-used-up" ->
				HttpStatus.CONFLICT;
			case "dossier.not-department-head" -> HttpStatus.FORBIDDEN;
			default -> HttpStatus.BAD_REQUEST;
		};
		return answer(this.problems.problem(status, ex.code(), locale(request), ex.arguments()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(DossierApiController.InvalidFields ex, HttpServletRequest request) {
		Locale locale = locale(request);
		List<Map<String, String>> errors = ex.errors()
			.stream()
			.map(e -> Map.of("field", e.get("field"), "message",
					this.messages.getMessage(e.get("message"), null, e.get("message"), locale)))
			.toList();
		return answer(this.problems.invalid(locale, errors));
	}

	/** Vietnamese unless Accept-Language prefers English (as the platform's problems). */
	static Locale locale(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Locale.forLanguageTag("vi");
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String language = range.getRange().split("-")[0];
				if (language.equals("vi")) {
					return Locale.forLanguageTag("vi");
				}
				if (language.equals("en")) {
					return Locale.ENGLISH;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return Locale.forLanguageTag("vi");
		}
		return Locale.forLanguageTag("vi");
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
