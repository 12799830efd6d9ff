package org.motcua.account;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page sessions live in the database (Spring Session JDBC), so that any instance serves
 * any request: logging in writes a row to {@code spring_session}, logging out removes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	java.util.Optional<String> principalOf(String sessionId) {
		return this.jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = :id")
			.param("id", sessionId)
			.query(String.class)
			.optional();
	}

	@Test
	void loginStoresSessionInDatabaseAndLogoutRemovesIt() throws Exception {
		PageClient browser = new PageClient();
		String loginPage = browser.get(url("/login")).body();
		String anonymousSession = browser.sessionId().orElseThrow();

		var login = browser.post(url("/login"),
				Map.of("username", "desk1", "password", DemoAccounts.PASSWORD, "_csrf", PageClient.csrf(loginPage)));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		String sessionId = browser.sessionId().orElseThrow();
		assertThat(sessionId).as("a new session ID after login (fixation protection)").isNotEqualTo(anonymousSession);
		assertThat(principalOf(sessionId)).contains("desk1");

		var home = browser.get(url("/me"));
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Lê Thị Thu");

		var logout = browser.post(url("/logout"), Map.of("_csrf", PageClient.csrf(home.body())));
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
		assertThat(principalOf(sessionId)).isEmpty();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE session_id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single()).isZero();
		assertThat(browser.get(url("/me")).statusCode()).isEqualTo(302);
	}

}
