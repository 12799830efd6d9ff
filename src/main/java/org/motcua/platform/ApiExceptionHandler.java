package org.motcua.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns every failure of an API call into a problem in the caller's language: bad input
 * is a 400 listing the fields, an unknown path a 404, a refused transition a 409, an
 * oversized upload a 413, and anything unexpected a 500 without internals.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Problems problems;

	private final MessageSource messages;

	ApiExceptionHandler(Problems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(RequestRefused ex, HttpServletRequest request) {
		return answer(this.problems.problem(ex.status(), ex.code(), ApiLocale.of(request), ex.arguments()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) {
		Locale locale = ApiLocale.of(request);
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> fieldError(error, locale))
			.toList();
		return answer(this.problems.invalid(locale, errors));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
		Locale locale = ApiLocale.of(request);
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()), "message",
						this.messages.getMessage(error, locale))))
			.toList();
		return answer(this.problems.invalid(locale, errors));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> constraint(ConstraintViolationException ex, HttpServletRequest request) {
		Locale locale = ApiLocale.of(request);
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
			.toList();
		return answer(this.problems.invalid(locale, errors));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
			MethodArgumentTypeMismatchException.class, IllegalArgumentException.class })
	ResponseEntity<ProblemDetail> malformed(Exception ex, HttpServletRequest request) {
		return answer(this.problems.problem(HttpStatus.BAD_REQUEST, "request.malformed", ApiLocale.of(request),
				ex instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
						: ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ""));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return answer(this.problems.problem(HttpStatus.CONTENT_TOO_LARGE, "document.too-large", ApiLocale.of(request)));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex, HttpServletRequest request) {
		return answer(this.problems.problem(HttpStatus.FORBIDDEN, "auth.forbidden", ApiLocale.of(request)));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), ex);
		return answer(this.problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "server.error", ApiLocale.of(request)));
	}

	private Map<String, String> fieldError(FieldError error, Locale locale) {
		return Map.of("field", error.getField(), "message", this.messages.getMessage(error, locale));
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
