package org.motcua.portal;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Citizens registered through the public form and logged in, for the portal's tests. */
final class CitizenSessions {

	private CitizenSessions() {
	}

	/** Registers a citizen with this personal ID and name and logs them in. */
	static Session registerAndLogIn(MockMvc mvc, String personalId, String name) throws Exception {
		mvc.perform(post("/register").with(csrf())
			.param("fullName", name)
			.param("personalId", personalId)
			.param("birthDate", "1990-01-01")
			.param("password", "mat-khau-cong-dan")
			.param("repeat", "mat-khau-cong-dan")).andExpect(status().is3xxRedirection());
		MvcResult login = mvc.perform(formLogin("/login").user(personalId).password("mat-khau-cong-dan")).andReturn();
		return new Session((MockHttpSession) login.getRequest().getSession(false),
				login.getResponse().getCookie("SESSION"));
	}

	/** A personal ID no other test uses (twelve digits). */
	static String personalId() {
		return "0" + String.format("%011d", ThreadLocalRandom.current().nextLong(1, 99_999_999_999L));
	}

	/** A logged-in browser: the session cookie when sessions live in the database. */
	record Session(MockHttpSession session, Cookie cookie) {

		<B extends AbstractMockHttpServletRequestBuilder<B>> B with(B request) {
			return this.cookie != null ? request.cookie(this.cookie) : request.session(this.session);
		}

	}

}
