package org.motcua.audit;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.motcua.shared.Origin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit page and API are for auditors and province administrators only. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditTrail trail;

	@Test
	void sendsAnonymousVisitorOfPageToLogin() throws Exception {
		this.mvc.perform(get("/audit"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/login")));
	}

	@Test
	void refusesApiWithoutCredentials() throws Exception {
		this.mvc.perform(get("/api/v1/audit/verification"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("auth.unauthenticated"));
		this.mvc.perform(get("/api/v1/audit/entries")).andExpect(status().isUnauthorized());
	}

	@Test
	void forbidsDeskOfficer() throws Exception {
		this.mvc.perform(get("/audit").with(user(this.users.loadUserByUsername("desk1"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/audit/verification").with(user(this.users.loadUserByUsername("desk1"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit/verification").header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("auth.forbidden"));
		this.mvc.perform(get("/api/v1/audit/entries").header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsTrailAndVerificationToAuditor() throws Exception {
		String subject = UUID.randomUUID().toString();
		this.trail.record(new TestAudited("agency.created", "agency", subject,
				new Origin("admin", "192.0.2.1", Instant.now()), "Tạo cơ quan"));
		this.trail.seal();

		this.mvc
			.perform(get("/audit").param("subjectId", subject).with(user(this.users.loadUserByUsername("auditor1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kiểm tra tính toàn vẹn")))
			.andExpect(content().string(containsString("Tạo cơ quan")));
		this.mvc.perform(get("/audit/verification").with(user(this.users.loadUserByUsername("auditor1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Toàn vẹn")));
		this.mvc.perform(get("/audit").param("lang", "en").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Verify integrity")));
	}

	@Test
	void answersVerificationAndEntriesToAuditorKey() throws Exception {
		String subject = UUID.randomUUID().toString();
		for (int i = 0; i < 3; i++) {
			this.trail.record(new TestAudited("agency.created", "agency", subject,
					new Origin("admin", "192.0.2.1", Instant.now()), "n" + i));
		}
		this.trail.seal();

		this.mvc.perform(get("/api/v1/audit/verification").header("Authorization", "Bearer demo-auditor1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.checked").isNumber())
			.andExpect(jsonPath("$.brokenAt").isEmpty())
			.andExpect(jsonPath("$.reason").isEmpty());
		this.mvc
			.perform(get("/api/v1/audit/entries").param("subjectId", subject)
				.param("size", "2")
				.header("Authorization", "Bearer demo-auditor1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].summary").value("n2"))
			.andExpect(jsonPath("$.items[0].username").value("admin"))
			.andExpect(jsonPath("$.items[0].occurredAt").value(containsString("+07:00")));
		this.mvc
			.perform(get("/api/v1/audit/entries").param("from", "not-a-date")
				.header("Authorization", "Bearer demo-auditor1"))
			.andExpect(status().isBadRequest());
	}

}
