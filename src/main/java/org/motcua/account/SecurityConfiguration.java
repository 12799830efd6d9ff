package org.motcua.account;

import org.motcua.platform.Problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two ways in. The HTTP API ({@code /api/**}, and the actuator) is stateless: a bearer
 * API key, no session, no CSRF, and 401 or 403 as problems, never a redirect. Pages use a
 * form login with a session kept in the database, CSRF tokens and secure cookies.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Public API endpoints: the catalog, the calendar, status lookup, verification,
	 * statistics.
	 */
	static final String[] PUBLIC_API_GETS = { "/api/v1/procedures", "/api/v1/procedures/**", "/api/v1/calendar/**",
			"/api/v1/dossiers/*/status", "/api/v1/verify/**", "/api/v1/statistics/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiKeys keys, AccountLogin login, Problems problems) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, login, problems), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, PUBLIC_API_GETS)
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/verify")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("PROVINCE_ADMIN")
				.anyRequest()
				.authenticated())
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "auth.unauthenticated"))
				.accessDeniedHandler((request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"auth.forbidden")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/", "/login", "/register", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
					"/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'")));
		return http.build();
	}

}
