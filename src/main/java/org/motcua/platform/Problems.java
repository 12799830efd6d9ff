package org.motcua.platform;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problems in the caller's language. Every refusal of the HTTP API — bad
 * input, missing or wrong credentials, a forbidden action, an unknown record — is written
 * through here, so each carries a stable {@code code} and readable text and never a stack
 * trace.
 */
@Component
public class Problems {

	private final MessageSource messages;

	private final JsonMapper json;

	Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** A problem for {@code code}, its title and detail in {@code locale}. */
	public ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("urn:motcua:problem:" + code));
		problem
			.setTitle(this.messages.getMessage("problem." + code + ".title", null, status.getReasonPhrase(), locale));
		problem
			.setDetail(this.messages.getMessage("problem." + code + ".detail", arguments, problem.getTitle(), locale));
		problem.setProperty("code", code);
		return problem;
	}

	/** A validation problem listing each bad field. */
	public ProblemDetail invalid(Locale locale, List<Map<String, String>> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.invalid", locale);
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * Writes a problem straight to a servlet response (filters and security entry
	 * points).
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		ProblemDetail problem = problem(status, code, ApiLocale.of(request));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

}
