package org.motcua;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API is stateless: no credentials is a 401 problem in the caller's language, never a
 * redirect.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiSecurityWebTests {

	@Autowired
	MockMvc mvc;

	@Test
	void answersMissingCredentialsWithProblemInVietnamese() throws Exception {
		this.mvc.perform(get("/api/v1/accounts"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("auth.unauthenticated"))
			.andExpect(jsonPath("$.title").value("Chưa xác thực"));
	}

	@Test
	void answersUnknownKeyWithProblemInEnglishWhenAsked() throws Exception {
		this.mvc
			.perform(get("/api/v1/accounts").header("Authorization", "Bearer nonsense")
				.header("Accept-Language", "en-GB,en;q=0.9"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Not authenticated"));
	}

	@Test
	void answersUnknownApiPathWithProblem() throws Exception {
		this.mvc.perform(get("/api/v1/no-such-thing").header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isNotFound())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("request.not-found"))
			.andExpect(jsonPath("$.title").value("Không tìm thấy"));
	}

	@Test
	void answersBadParameterWithProblemNotServerError() throws Exception {
		this.mvc
			.perform(get("/api/v1/agencies").param("asOf", "not-a-date").header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.malformed"));
	}

	@Test
	void servesOpenApiDescriptionWithoutLogin() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
	}

	@Test
	void servesHomeAndLoginPagesWithoutLogin() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk());
		this.mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void redirectsPagesToLoginWithoutSession() throws Exception {
		this.mvc.perform(get("/admin/agencies"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
	}

	@Test
	void acceptsDemoApiKeyInDemoMode() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("auth.forbidden"));
	}

}
