package org.motcua.account;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Citizens register with their personal ID, log in, see and edit their profile, and are
 * refused every staff page and the staff API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CitizenWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	static String newPersonalId() {
		return "0" + String.format("%011d", ThreadLocalRandom.current().nextLong(1, 99_999_999_999L));
	}

	@Test
	void citizenRegistersLogsInSeesProfileAndIsRefusedStaffPages() throws Exception {
		String pid = newPersonalId();
		this.mvc
			.perform(post("/register").with(csrf())
				.param("fullName", "Nguyễn Văn Dân")
				.param("personalId", pid)
				.param("birthDate", "1990-05-01")
				.param("email", "dan@example.vn")
				.param("phone", "0912345000")
				.param("password", "mat-khau-cong-dan")
				.param("repeat", "mat-khau-cong-dan"))
			.andExpect(redirectedUrl("/login?registered"));
		assertThat(this.events.stream(CitizenRegistered.class)).singleElement()
			.satisfies(event -> assertThat(event.personalId().value()).isEqualTo(pid));

		MvcResult login = this.mvc.perform(formLogin("/login").user(pid).password("mat-khau-cong-dan"))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(pid).withRoles("CITIZEN"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		Cookie sessionCookie = login.getResponse().getCookie("SESSION");
		var loggedIn = sessionCookie != null ? get("/me").cookie(sessionCookie) : get("/me").session(session);
		this.mvc.perform(loggedIn)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguyễn Văn Dân")))
			.andExpect(content().string(containsString(pid)))
			.andExpect(content().string(containsString("01/05/1990")));
		var admin = sessionCookie != null ? get("/admin/accounts").cookie(sessionCookie)
				: get("/admin/accounts").session(session);
		this.mvc.perform(admin).andExpect(status().isForbidden());
		var roster = sessionCookie != null ? get("/admin/roster").cookie(sessionCookie)
				: get("/admin/roster").session(session);
		this.mvc.perform(roster).andExpect(status().isForbidden());
		var change = sessionCookie != null ? post("/me").cookie(sessionCookie) : post("/me").session(session);
		this.mvc.perform(change.with(csrf()).param("email", "moi@example.vn").param("phone", "0988777666"))
			.andExpect(redirectedUrl("/me"));
		var again = sessionCookie != null ? get("/me").cookie(sessionCookie) : get("/me").session(session);
		this.mvc.perform(again).andExpect(content().string(containsString("moi@example.vn")));
		var password = sessionCookie != null ? post("/me/password").cookie(sessionCookie)
				: post("/me/password").session(session);
		this.mvc
			.perform(password.with(csrf())
				.param("current", "mat-khau-cong-dan")
				.param("password", "mat-khau-moi-hon")
				.param("repeat", "mat-khau-moi-hon"))
			.andExpect(redirectedUrl("/me"));
		this.mvc.perform(formLogin("/login").user(pid).password("mat-khau-moi-hon"))
			.andExpect(authenticated().withUsername(pid));
	}

	@Test
	void citizenCannotUseStaffApiEvenWithValidSession() throws Exception {
		this.mvc
			.perform(get("/api/v1/accounts")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(new org.springframework.security.core.userdetails.User("citizen1", "x", java.util.List
						.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_CITIZEN"))))))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesDuplicatePersonalIdWithClearMessage() throws Exception {
		this.mvc
			.perform(post("/register").with(csrf())
				.param("fullName", "Người Trùng")
				.param("personalId", "034099001234")
				.param("birthDate", "1990-05-01")
				.param("password", "mat-khau-cong-dan")
				.param("repeat", "mat-khau-cong-dan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số định danh cá nhân này đã có tài khoản")));
	}

	@Test
	void showsRegistrationErrorsNextToFieldsInEnglish() throws Exception {
		this.mvc
			.perform(post("/register?lang=en").with(csrf())
				.param("fullName", "")
				.param("personalId", "12345")
				.param("birthDate", "2999-01-01")
				.param("password", "long-enough-pw")
				.param("repeat", "different-pw"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter your full name.")))
			.andExpect(content().string(containsString("A personal ID number has exactly 12 digits.")))
			.andExpect(content().string(containsString("This is not a valid birth date.")))
			.andExpect(content().string(containsString("The two passwords differ.")));
	}

}
