package org.motcua.dossier.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierReceived;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Desk intake with the population registry simulator the application starts: a person
 * found is filled in and the dossier received verified (on the page, in the API and in
 * the event); a registry timing out leaves the desk to enter the applicant by hand and
 * the dossier is received unverified, after the configured timeout.
 */
@SpringBootTest(properties = { "motcua.population.read-timeout=PT1S", "motcua.population.max-attempts=1" })
@AutoConfigureMockMvc
@RecordApplicationEvents
class DeskRegistryWebTests {

	static final int SIMULATOR_PORT = freePort();

	static final String UNAVAILABLE = "Không kết nối được CSDL quốc gia về dân cư — nhập thủ công, hồ sơ được đánh dấu chưa xác thực";

	@DynamicPropertySource
	static void simulatorPort(DynamicPropertyRegistry properties) {
		properties.add("motcua.population.simulator.port", () -> SIMULATOR_PORT);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void normal() throws Exception {
		control("mode=NORMAL");
	}

	@Test
	void fillsInAPersonFoundInTheRegistryAndReceivesTheDossierVerified() throws Exception {
		JsonNode person = sample(1);
		String id = person.get("personalId").asString();
		MockHttpServletResponse lookup = lookUp(id);
		assertThat(lookup.getContentAsString()).contains("id=\"registry-verified\"")
			.doesNotContain("id=\"registry-unavailable\"");
		assertThat(HtmlUtils.htmlUnescape(lookup.getContentAsString()))
			.contains("value=\"" + person.get("fullName").asString() + "\"")
			.contains("value=\"" + person.get("birthDate").asString() + "\"")
			.containsPattern("value=\"Thôn [0-9]+, Xã (Đông|Tây) Sơn, Tỉnh An Hòa\"");

		String code = receive(session(lookup), id, person.get("fullName").asString(),
				person.get("birthDate").asString(), "Đã xác thực với CSDL quốc gia về dân cư");

		assertThat(verified(code)).isTrue();
		this.mvc.perform(get("/api/v1/dossiers/" + code).header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applicant.verified").value(true));
		this.mvc.perform(get("/dossiers/" + code).with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"applicant-verified\"")))
			.andExpect(content().string(containsString("Đã xác thực với CSDL quốc gia về dân cư")));
		assertThat(this.events.stream(DossierReceived.class)
			.filter((e) -> e.dossier().code().equals(code))
			.map(DossierReceived::applicantVerified)).containsExactly(true);
	}

	@Test
	void anApplicantChangedAfterTheLookupIsNoLongerVerified() throws Exception {
		JsonNode person = sample(2);
		String id = person.get("personalId").asString();
		MockHttpServletResponse lookup = lookUp(id);
		assertThat(lookup.getContentAsString()).contains("id=\"registry-verified\"");
		String code = receive(session(lookup), id, "Người Khác Tên", person.get("birthDate").asString(),
				"Chưa xác thực với CSDL quốc gia về dân cư");
		assertThat(verified(code)).isFalse();
	}

	@Test
	void aRegistryTimingOutLeavesManualEntryAndAnUnverifiedDossier() throws Exception {
		control("mode=SLOW&delayMs=10000");
		String id = sample(3).get("personalId").asString();
		MockHttpServletResponse lookup = lookUp(id);
		assertThat(lookup.getContentAsString()).contains("id=\"registry-unavailable\"")
			.contains(UNAVAILABLE)
			.doesNotContain("id=\"registry-verified\"");
		assertThat(this.jdbc
			.sql("SELECT outcome || ' ' || reason || ' ' || detail FROM population_lookup "
					+ "WHERE id_last_four = :four AND looked_up_by = 'desk1' ORDER BY id DESC")
			.param("four", id.substring(8))
			.query(String.class)
			.list()).first().isEqualTo("UNAVAILABLE TIMEOUT no answer within PT1S");

		String code = receive(session(lookup), id, "Nhập Tay Người Nộp", "1985-03-04",
				"Chưa xác thực với CSDL quốc gia về dân cư");

		assertThat(verified(code)).isFalse();
		this.mvc.perform(get("/api/v1/dossiers/" + code).header("Authorization", "Bearer demo-desk1"))
			.andExpect(jsonPath("$.applicant.verified").value(false))
			.andExpect(jsonPath("$.applicant.name").value("Nhập Tay Người Nộp"));
	}

	/** Presses "Tìm" with {@code id} on a new intake form. */
	private MockHttpServletResponse lookUp(String id) throws Exception {
		return this.mvc
			.perform(multipart("/desk/intake/lookup").param("procedure", "1.001193")
				.param("key", UUID.randomUUID().toString())
				.param("applicant.idNumber", id)
				.with(as("desk1"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	/** The session cookie the application set (sessions are stored in the database). */
	private static Cookie session(MockHttpServletResponse response) {
		Cookie cookie = response.getCookie("SESSION");
		assertThat(cookie).isNotNull();
		return cookie;
	}

	/**
	 * Previews (checking the verification shown) and confirms an intake in
	 * {@code session}.
	 */
	private String receive(Cookie session, String id, String name, String birthDate, String shown) throws Exception {
		MockMultipartHttpServletRequestBuilder preview = multipart("/desk/intake/preview");
		preview.param("procedure", "1.001193")
			.param("key", UUID.randomUUID().toString())
			.param("applicant.kind", "PERSON")
			.param("applicant.idType", "PERSONAL_ID")
			.param("applicant.idNumber", id)
			.param("applicant.name", name)
			.param("applicant.birthDate", birthDate)
			.param("applicant.address", "Thôn 2, Xã Đông Sơn, Tỉnh An Hòa")
			.param("papers[0].code", "TKKS")
			.param("papers[1].code", "GCS")
			.param("papers[2].code", "GCNKH")
			.param("papers[3].code", "UQ")
			.file(DeskWebTests.pdf(0))
			.file(DeskWebTests.pdf(1))
			.cookie(session)
			.with(as("desk1"))
			.with(csrf());
		String page = this.mvc.perform(preview)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"preview-verified\"")))
			.andExpect(content().string(containsString(shown)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var confirm = post("/desk/intake");
		DeskWebTests.hidden(page).forEach(confirm::param);
		String url = this.mvc.perform(confirm.cookie(session).with(as("desk1")).with(csrf()))
			.andExpect(redirectedUrlPattern("/desk/received/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return url.substring("/desk/received/".length());
	}

	private boolean verified(String code) {
		return this.jdbc.sql("SELECT applicant_verified FROM dossier WHERE code = :code")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	/** Person {@code n} of the simulator's samples (0 is the demo citizen). */
	private JsonNode sample(int n) throws IOException, InterruptedException {
		HttpResponse<String> samples = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SIMULATOR_PORT + "/api/v1/samples")).build(),
				HttpResponse.BodyHandlers.ofString());
		return this.json.readTree(samples.body()).get(n);
	}

	private void control(String query) throws IOException, InterruptedException {
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SIMULATOR_PORT + "/control?" + query))
				.header("X-Client-Id", "motcua")
				.header("X-Api-Key", "demo-population-key")
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
	}

	private RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
