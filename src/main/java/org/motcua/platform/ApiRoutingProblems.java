package org.motcua.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers API requests that reach no controller — an unknown path, a method or content
 * type the path does not take — with a problem in the caller's language. The same
 * failures on pages are left to the usual error pages (the handler rethrows, and the next
 * resolver takes over).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingProblems {

	private final Problems problems;

	ApiRoutingProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NoResourceFoundException ex, HttpServletRequest request) throws Exception {
		return answer(ex, request, HttpStatus.NOT_FOUND, "request.not-found");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws Exception {
		return answer(ex, request, HttpStatus.METHOD_NOT_ALLOWED, "request.method-not-allowed");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request)
			throws Exception {
		return answer(ex, request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.unsupported-media-type");
	}

	private ResponseEntity<ProblemDetail> answer(Exception ex, HttpServletRequest request, HttpStatus status,
			String code) throws Exception {
		if (!ApiLocale.isApi(request)) {
			throw ex;
		}
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(this.problems.problem(status, code, ApiLocale.of(request)));
	}

}
