package org.motcua.portal;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.motcua.platform.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds the public status API ({@code GET /api/v1/dossiers/{code}/status}) to the lookup
 * limit: past it, 429 {@code portal.too-many-lookups} as a problem, with
 * {@code Retry-After}, before the dossier module is asked anything.
 */
@Component
class LookupLimitFilter extends OncePerRequestFilter {

	private static final Pattern STATUS = Pattern.compile("/api/v1/dossiers/[^/]+/status/?");

	private final LookupLimits limits;

	private final Problems problems;

	LookupLimitFilter(LookupLimits limits, Problems problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !STATUS.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.limits.tryLookup(request.getRemoteAddr())) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(this.limits.secondsLeft()));
			this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "portal.too-many-lookups");
			return;
		}
		chain.doFilter(request, response);
	}

}
