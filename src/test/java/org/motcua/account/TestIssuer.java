package org.motcua.account;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server in its own small
 * application on its own port, standing in for VNeID or Keycloak. It knows one citizen
 * (user {@value #USER}, password {@value #PASSWORD}) whose ID token carries
 * {@code personal_id}, a web client {@code motcua} for the login, and two
 * client-credentials clients whose access tokens name the staff account
 * ({@code preferred_username}) {@code agencyadmin} and an unknown account.
 *
 * <p>
 * Deliberately not a {@code @Configuration}, so the application's component scan never
 * picks it up.
 */
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
		DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
		SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
		OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class })
class TestIssuer {

	static final String USER = "citizen-oidc";

	static final String PASSWORD = "issuer-secret";

	static final String NAME = "Trần Văn Định Danh";

	static final String BIRTH_DATE = "1991-02-03";

	/** The personal ID the provider gives its user; set before starting. */
	static volatile String personalId;

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> claims() {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				context.getClaims().claim("personal_id", personalId).claim("name", NAME).claim("birthdate", BIRTH_DATE);
			}
			else if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				String client = context.getRegisteredClient().getClientId();
				if (client.equals("motcua-api")) {
					context.getClaims().claim("preferred_username", "agencyadmin");
				}
				else if (client.equals("stranger")) {
					context.getClaims().claim("preferred_username", "nobody-here");
				}
			}
		};
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Starts the provider at {@code http://127.0.0.1:port}, redirecting to the app. */
	static ConfigurableApplicationContext start(int port, String appRedirectUri) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("server.port", port);
		p.put("server.address", "127.0.0.1");
		p.put("spring.security.oauth2.authorizationserver.issuer", "http://127.0.0.1:" + port);
		p.put("spring.security.user.name", USER);
		p.put("spring.security.user.password", PASSWORD);
		String web = "spring.security.oauth2.authorizationserver.client.motcua.";
		p.put(web + "registration.client-id", "motcua");
		p.put(web + "registration.client-secret", "{noop}web-secret");
		p.put(web + "registration.client-authentication-methods", "client_secret_basic");
		p.put(web + "registration.authorization-grant-types", "authorization_code");
		p.put(web + "registration.redirect-uris", appRedirectUri);
		p.put(web + "registration.scopes", "openid");
		p.put(web + "require-authorization-consent", "false");
		for (String client : new String[] { "motcua-api", "stranger" }) {
			String c = "spring.security.oauth2.authorizationserver.client." + client + ".";
			p.put(c + "registration.client-id", client);
			p.put(c + "registration.client-secret", "{noop}" + client + "-secret");
			p.put(c + "registration.client-authentication-methods", "client_secret_basic");
			p.put(c + "registration.authorization-grant-types", "client_credentials");
			p.put(c + "registration.scopes", "api");
		}
		SpringApplication app = new SpringApplication(TestIssuer.class);
		app.setWebApplicationType(WebApplicationType.SERVLET);
		app.setDefaultProperties(p);
		return app.run("--spring.config.name=test-issuer", "--spring.main.banner-mode=off");
	}

}
