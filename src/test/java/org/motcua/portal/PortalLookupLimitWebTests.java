package org.motcua.portal;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierSummary;
import org.motcua.dossier.DossierQuery;
import org.motcua.dossier.DossierWork;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public lookups (the status API and the lookup page) are counted per client in the
 * database: past the limit, 429 — a problem on the API, a Vietnamese page on the site —
 * while another client goes on; an unknown code and a wrong check answer the same 404.
 */
@SpringBootTest(properties = "motcua.portal.lookup-limit=3")
@AutoConfigureMockMvc
class PortalLookupLimitWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierWork dossiers;

	@Test
	void theStatusApiAnswers429AsAProblemPastTheLimit() throws Exception {
		String client = address();
		for (int i = 0; i < 3; i++) {
			this.mvc
				.perform(from(client, get("/api/v1/dossiers/000.20.01.H99-000101-0001/status").param("check", "1234")))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(from(client, get("/api/v1/dossiers/000.20.01.H99-000101-0001/status").param("check", "1234")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value("portal.too-many-lookups"))
			.andExpect(jsonPath("$.title").value("Quá nhiều yêu cầu tra cứu"));
		this.mvc
			.perform(from(address(), get("/api/v1/dossiers/000.20.01.H99-000101-0001/status").param("check", "1234")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theLookupPageAnswersAVietnamesePagePastTheLimit() throws Exception {
		String client = address();
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(from(client, get("/portal/lookup").param("code", "x").param("check", "1234")))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(from(client, get("/portal/lookup").param("code", "x").param("check", "1234")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Bạn đã tra cứu quá nhiều lần")));
	}

	@Test
	void anUnknownCodeAndAWrongCheckLookTheSame() throws Exception {
		DossierSummary known = this.dossiers.search(new DossierQuery(null, null, null, null, 1)).get(0);
		String wrong = this.mvc
			.perform(from(address(), get("/portal/lookup").param("code", known.code()).param("check", "----")))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = this.mvc
			.perform(from(address(), get("/portal/lookup").param("code", known.code() + "9").param("check", "----")))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(strip(wrong, known.code())).isEqualTo(strip(unknown, known.code() + "9"));
	}

	/** The page without the typed code (echoed in the form) and the CSRF token. */
	private static String strip(String page, String code) {
		return page.replace(code, "")
			.replaceAll("content=\"[^\"]*\" name=\"_csrf\"|name=\"_csrf\" content=\"[^\"]*\"|<meta name=\"_csrf[^>]*>",
					"");
	}

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	/** A client address no other run of this test has used in the current window. */
	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
