package org.motcua.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.motcua.platform.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two ways in. The HTTP API ({@code /api/**}, and the actuator) is stateless: a bearer
 * API key (or, when an issuer is configured, a JWT naming a local staff account), no
 * session, no CSRF, and 401 or 403 as problems, never a redirect. Pages use a form login
 * (and OpenID Connect for citizens when client registrations are configured) with a
 * session kept in the database, CSRF tokens and secure cookies.
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
	SecurityFilterChain api(HttpSecurity http, ApiKeys keys, AccountLogin login, Problems problems,
			ObjectProvider<JwtDecoder> jwtDecoder, StaffJwtConverter jwtConverter) throws Exception {
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
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		if (decoder != null) {
			http.oauth2ResourceServer(server -> server.bearerTokenResolver(jwtOnly())
				.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(jwtConverter))
				.authenticationEntryPoint((request, response, e) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "auth.unauthenticated"))
				.accessDeniedHandler((request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"auth.forbidden")));
		}
		return http.build();
	}

	/** Bearer tokens that are JWTs; API keys are left to the API key filter. */
	private static BearerTokenResolver jwtOnly() {
		DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
		return (HttpServletRequest request) -> {
			String token = standard.resolve(request);
			return token != null && ApiKeyAuthenticationFilter.looksLikeJwt(token) ? token : null;
		};
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
			CitizenOidcUserService citizens) throws Exception {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/", "/login", "/register", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
					"/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
					"/procedures", "/procedures/**", "/warehouse/shared/**", "/verify", "/verify/**", "/portal",
					"/portal/lookup")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(
					form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failures).permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'")));
		if (registrations.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureUrl("/login?error")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(citizens)));
		}
		return http.build();
	}

}
