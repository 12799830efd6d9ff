package org.motcua.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.motcua.platform.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <api key>} on the stateless API: the key's
 * account acts with its roles and agency scope. A key that is unknown, revoked, or whose
 * account is disabled or locked gets a 401 problem at once. Bearer tokens that look like
 * JWTs (three dot-separated parts) are left to the OpenID Connect resource server, when
 * one is configured.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private final ApiKeys keys;

	private final AccountLogin login;

	private final Problems problems;

	ApiKeyAuthenticationFilter(ApiKeys keys, AccountLogin login, Problems problems) {
		this.keys = keys;
		this.login = login;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String token = header.substring(7).strip();
		if (looksLikeJwt(token)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Principal> principal = this.keys.findAccount(token).flatMap(this.login::findPrincipal);
		if (principal.isEmpty() || !principal.get().isEnabled() || !principal.get().isAccountNonLocked()
				|| !principal.get().actor().roles().stream().anyMatch(r -> r.isStaff())) {
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "auth.unauthenticated");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static boolean looksLikeJwt(String token) {
		return token.chars().filter(c -> c == '.').count() == 2 && token.startsWith("ey");
	}

}
