package org.motcua.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.motcua.shared.PersonalId;
import org.motcua.shared.Role;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect end to end against a real provider (Spring Authorization Server started
 * in-process): a citizen logs in through the provider and lands in motcua as a local
 * CITIZEN account found (or created) by the personal ID claim; JWT bearer tokens of the
 * same issuer act on the API as the staff account they name, and unknown accounts get a
 * 401 problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@RecordApplicationEvents
class OidcLoginIntegrationTests {

	static int appPort;

	static int issuerPort;

	static ConfigurableApplicationContext issuer;

	@Autowired
	Accounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	@DynamicPropertySource
	static synchronized void oidc(DynamicPropertyRegistry registry) throws Exception {
		if (issuer == null) {
			appPort = TestIssuer.freePort();
			issuerPort = TestIssuer.freePort();
			TestIssuer.personalId = "0"
					+ String.format("%011d", ThreadLocalRandom.current().nextLong(1, 99_999_999_999L));
			issuer = TestIssuer.start(issuerPort, "http://localhost:" + appPort + "/login/oauth2/code/test");
		}
		String issuerUri = "http://127.0.0.1:" + issuerPort;
		registry.add("server.port", () -> appPort);
		registry.add("spring.security.oauth2.client.registration.test.client-id", () -> "motcua");
		registry.add("spring.security.oauth2.client.registration.test.client-secret", () -> "web-secret");
		registry.add("spring.security.oauth2.client.registration.test.client-name", () -> "VNeID (thử)");
		registry.add("spring.security.oauth2.client.registration.test.scope", () -> "openid");
		registry.add("spring.security.oauth2.client.registration.test.authorization-grant-type",
				() -> "authorization_code");
		registry.add("spring.security.oauth2.client.registration.test.redirect-uri",
				() -> "{baseUrl}/login/oauth2/code/{registrationId}");
		registry.add("spring.security.oauth2.client.provider.test.issuer-uri", () -> issuerUri);
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuerUri);
	}

	@AfterAll
	static void stopIssuer() {
		if (issuer != null) {
			issuer.close();
			issuer = null;
		}
	}

	String app(String path) {
		return "http://localhost:" + appPort + path;
	}

	@Test
	void citizenLogsInThroughProviderAsLocalCitizenAccount() throws Exception {
		PageClient browser = new PageClient();
		String loginPage = browser.get(app("/login")).body();
		assertThat(loginPage).contains("/oauth2/authorization/test").contains("VNeID (thử)");

		var providerLogin = browser.follow(browser.get(app("/oauth2/authorization/test")));
		assertThat(providerLogin.uri().getPort()).isEqualTo(issuerPort);
		assertThat(providerLogin.statusCode()).isEqualTo(200);
		var back = browser.post("http://127.0.0.1:" + issuerPort + "/login", Map.of("username", TestIssuer.USER,
				"password", TestIssuer.PASSWORD, "_csrf", PageClient.csrf(providerLogin.body())));
		var landed = browser.follow(back);
		assertThat(landed.uri().getPort()).isEqualTo(appPort);
		assertThat(landed.uri().getPath()).isEqualTo("/");
		assertThat(landed.statusCode()).isEqualTo(200);

		var me = browser.get(app("/me"));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains(TestIssuer.personalId).contains(TestIssuer.NAME);

		Accounts.Row account = this.accounts.findByPersonalId(PersonalId.of(TestIssuer.personalId)).orElseThrow();
		assertThat(account.kind()).isEqualTo("CITIZEN");
		assertThat(account.actor().roles()).containsExactly(Role.CITIZEN);
		assertThat(account.actor().displayName()).isEqualTo(TestIssuer.NAME);
		assertThat(account.birthDate()).isEqualTo(LocalDate.parse(TestIssuer.BIRTH_DATE));
		assertThat(browser.get(app("/admin/accounts")).statusCode()).isEqualTo(403);

		PageClient again = new PageClient();
		again.get(app("/login"));
		var secondProvider = again.follow(again.get(app("/oauth2/authorization/test")));
		var secondLanding = again.follow(again.post("http://127.0.0.1:" + issuerPort + "/login", Map.of("username",
				TestIssuer.USER, "password", TestIssuer.PASSWORD, "_csrf", PageClient.csrf(secondProvider.body()))));
		assertThat(secondLanding.uri().getPath()).isEqualTo("/");
		assertThat(again.get(app("/me")).body()).contains(TestIssuer.personalId);
		assertThat(this.accounts.findByPersonalId(PersonalId.of(TestIssuer.personalId)).orElseThrow().id())
			.as("the same account on the second login")
			.isEqualTo(account.id());
	}

	String accessToken(String client) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + issuerPort + "/oauth2/token"))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((client + ":" + client + "-secret").getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=api"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return this.json.readTree(answer.body()).get("access_token").asString();
	}

	@Test
	void apiAcceptsIssuerJwtAsTheStaffAccountItNames() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(app("/api/v1/accounts")))
			.header("Authorization", "Bearer " + accessToken("motcua-api"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		this.json.readTree(list.body())
			.get("items")
			.forEach(item -> assertThat(item.get("agency").asString()).isEqualTo("000.20.01.H99"));

		HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(app("/api/v1/accounts")))
			.header("Authorization", "Bearer " + accessToken("stranger"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(unknown.body()).contains("auth.unauthenticated");
		assertThat(this.events.stream(LoginFailed.class)).as("no token ever becomes a username in an event")
			.noneMatch(event -> event.username().startsWith("ey"));

		HttpResponse<String> apiKey = http.send(HttpRequest.newBuilder(URI.create(app("/api/v1/accounts")))
			.header("Authorization", "Bearer demo-admin")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(apiKey.statusCode()).as("API keys still work beside JWTs").isEqualTo(200);
	}

}
