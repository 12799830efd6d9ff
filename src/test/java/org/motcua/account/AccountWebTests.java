package org.motcua.account;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff account administration through the pages and the API: scope of agency
 * administrators, creating an account and logging in as it, API keys, lock-out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AccountWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	long idOf(String username) {
		return this.directory.findByUsername(username).orElseThrow().id();
	}

	@Test
	void refusesEveryPageWithoutLogin() throws Exception {
		long id = idOf("desk1");
		for (String path : new String[] { "/admin/accounts", "/admin/accounts/new", "/admin/accounts/" + id,
				"/admin/roster", "/admin/roster?week=2026-W48", "/me" }) {
			this.mvc.perform(get(path))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		}
		for (String path : new String[] { "/admin/accounts/new", "/admin/accounts/" + id,
				"/admin/accounts/" + id + "/unlock", "/admin/accounts/" + id + "/password",
				"/admin/accounts/" + id + "/api-keys", "/admin/accounts/" + id + "/api-keys/1/revoke",
				"/admin/roster/assign", "/admin/roster/remove", "/admin/roster/desks", "/me", "/me/password" }) {
			this.mvc.perform(post(path).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		}
	}

	@Test
	void refusesEveryApiCallWithoutCredentials() throws Exception {
		long id = idOf("desk1");
		this.mvc.perform(get("/api/v1/accounts"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/accounts/" + id))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("auth.unauthenticated"));
		this.mvc.perform(post("/api/v1/accounts/" + id + "/api-keys"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("auth.unauthenticated"));
		this.mvc.perform(delete("/api/v1/accounts/" + id + "/api-keys/1"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("auth.unauthenticated"));
	}

	@Test
	void agencyAdministratorNeitherSeesNorChangesAnotherAgencysAccount() throws Exception {
		long desk3 = idOf("desk3");
		var agencyAdmin = user(this.users.loadUserByUsername("agencyadmin"));
		this.mvc.perform(get("/admin/accounts/" + desk3).with(agencyAdmin)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/accounts/" + desk3).with(agencyAdmin)
				.with(csrf())
				.param("roles", "DESK_OFFICER")
				.param("enabled", "false"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/accounts/" + desk3).header("Authorization", "Bearer demo-agencyadmin"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("account.not-found"));
		this.mvc
			.perform(post("/api/v1/accounts/" + desk3 + "/api-keys").header("Authorization", "Bearer demo-agencyadmin"))
			.andExpect(status().isNotFound());
		assertThat(this.directory.findAccount(desk3).orElseThrow().enabled()).isTrue();
		String list = this.mvc
			.perform(get("/api/v1/accounts?size=500").header("Authorization", "Bearer demo-agencyadmin"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode items = this.json.readTree(list).get("items");
		assertThat(items.size()).isPositive();
		items.forEach(item -> assertThat(item.get("agency").asString()).isEqualTo("000.20.01.H99"));
		this.mvc.perform(get("/admin/accounts").with(agencyAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("desk1")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("desk3"))));
	}

	@Test
	void agencyAdministratorMayNotGrantProvinceAdministratorNorMoveAccounts() throws Exception {
		var agencyAdmin = user(this.users.loadUserByUsername("agencyadmin"));
		long desk1 = idOf("desk1");
		this.mvc
			.perform(post("/admin/accounts/" + desk1).with(agencyAdmin)
				.with(csrf())
				.param("roles", "DESK_OFFICER", "PROVINCE_ADMIN")
				.param("enabled", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.directory.findAccount(desk1).orElseThrow().roles())
			.doesNotContain(org.motcua.shared.Role.PROVINCE_ADMIN);
		String username = unique("staff");
		this.mvc
			.perform(post("/admin/accounts/new").with(agencyAdmin)
				.with(csrf())
				.param("username", username)
				.param("displayName", "Người Mới")
				.param("agency", "000.20.01.H99")
				.param("roles", "PROVINCE_ADMIN")
				.param("password", "mot-mat-khau-dai"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/accounts/new").with(agencyAdmin)
				.with(csrf())
				.param("username", username)
				.param("displayName", "Người Mới")
				.param("agency", "000.20.02.H99")
				.param("roles", "DESK_OFFICER")
				.param("password", "mot-mat-khau-dai"))
			.andExpect(status().isForbidden());
		assertThat(this.directory.findByUsername(username)).isEmpty();
	}

	@Test
	void refusesAccountOfUnknownAgencyOrDepartment() throws Exception {
		var admin = user(this.users.loadUserByUsername("admin"));
		String username = unique("staff");
		this.mvc
			.perform(post("/admin/accounts/new").with(admin)
				.with(csrf())
				.param("username", username)
				.param("displayName", "Người Mới")
				.param("agency", "000.77.77.H99")
				.param("roles", "DESK_OFFICER")
				.param("password", "mot-mat-khau-dai"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Không có cơ quan với mã này.")));
		this.mvc
			.perform(post("/admin/accounts/new").with(admin)
				.with(csrf())
				.param("username", username)
				.param("displayName", "Người Mới")
				.param("agency", "000.20.01.H99")
				.param("department", "NOPE")
				.param("roles", "DESK_OFFICER")
				.param("password", "mot-mat-khau-dai"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Cơ quan này không có phòng ban với mã này.")));
		this.mvc
			.perform(post("/admin/accounts/new").with(admin)
				.with(csrf())
				.param("username", username)
				.param("displayName", "Người Mới")
				.param("agency", "000.10.01.H99")
				.param("roles", "DESK_OFFICER")
				.param("password", "mot-mat-khau-dai"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Không có cơ quan với mã này.")));
		assertThat(this.directory.findByUsername(username)).isEmpty();
	}

	@Test
	void refusesAdministrationToOtherRoles() throws Exception {
		this.mvc.perform(get("/admin/accounts").with(user(this.users.loadUserByUsername("desk1"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("auth.forbidden"));
	}

	@Test
	void showsValidationErrorsNextToFieldsInUsersLanguage() throws Exception {
		var admin = user(this.users.loadUserByUsername("admin"));
		this.mvc
			.perform(post("/admin/accounts/new").with(admin)
				.with(csrf())
				.param("username", "desk1")
				.param("displayName", "")
				.param("agency", "not a code")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đăng nhập này đã được dùng.")))
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")))
			.andExpect(content().string(containsString("Chọn ít nhất một vai trò.")));
		this.mvc
			.perform(post("/admin/accounts/new?lang=en").with(admin)
				.with(csrf())
				.param("username", "desk1")
				.param("displayName", "")
				.param("agency", "000.20.01.H99")
				.param("roles", "DESK_OFFICER")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This username is already taken.")))
			.andExpect(content().string(containsString("The password must have at least 10 characters.")));
	}

	@Test
	void adminCreatesStaffAccountThroughFormAndItLogsIn() throws Exception {
		String username = unique("officer");
		this.mvc
			.perform(post("/admin/accounts/new").with(user(this.users.loadUserByUsername("admin")))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Cán Bộ Mới")
				.param("email", username + "@example.vn")
				.param("phone", "0912000111")
				.param("agency", "000.20.02.H99")
				.param("department", "VP")
				.param("roles", "DESK_OFFICER", "SPECIALIST")
				.param("password", "mot-mat-khau-dai"))
			.andExpect(status().is3xxRedirection());
		StaffAccount created = this.directory.findByUsername(username).orElseThrow();
		assertThat(created.agency().value()).isEqualTo("000.20.02.H99");
		assertThat(created.department()).isEqualTo("VP");
		assertThat(this.directory.staffOf(created.agency())).extracting(StaffAccount::username).contains(username);
		this.mvc.perform(formLogin("/login").user(username).password("mot-mat-khau-dai"))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username));
		assertThat(this.events.stream(StaffAccountCreated.class)).singleElement().satisfies(event -> {
			assertThat(event.username()).isEqualTo(username);
			assertThat(event.origin().username()).isEqualTo("admin");
			assertThat(event.summary()).doesNotContain("mot-mat-khau-dai");
		});
		assertThat(this.events.stream(LoginSucceeded.class)).anyMatch(event -> event.username().equals(username));
	}

	@Test
	void issuedApiKeyAuthenticatesUntilRevoked() throws Exception {
		long desk1 = idOf("desk1");
		String answer = this.mvc
			.perform(post("/api/v1/accounts/" + desk1 + "/api-keys").header("Authorization", "Bearer demo-agencyadmin")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"label\":\"script\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.key").isString())
			.andExpect(jsonPath("$.prefix").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode issued = this.json.readTree(answer);
		String key = issued.get("key").asString();
		long keyId = issued.get("id").asLong();
		assertThat(key).startsWith(issued.get("prefix").asString());
		this.mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + key))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("SELECT last_used_at FROM api_key WHERE id = :id")
			.param("id", keyId)
			.query(java.time.OffsetDateTime.class)
			.optional()).isPresent();
		this.mvc.perform(get("/admin/accounts/" + desk1).with(user(this.users.loadUserByUsername("agencyadmin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(issued.get("prefix").asString())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(key))));
		this.mvc
			.perform(delete("/api/v1/accounts/" + desk1 + "/api-keys/" + keyId).header("Authorization",
					"Bearer demo-agencyadmin"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + key))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("auth.unauthenticated"));
		this.mvc
			.perform(delete("/api/v1/accounts/" + desk1 + "/api-keys/" + keyId).header("Authorization",
					"Bearer demo-agencyadmin"))
			.andExpect(status().isNotFound());
	}

	@Test
	void adminKeyIssuedOnPageIsShownOnce() throws Exception {
		long desk2 = idOf("desk2");
		var admin = user(this.users.loadUserByUsername("admin"));
		this.mvc.perform(post("/admin/accounts/" + desk2 + "/api-keys").with(admin).with(csrf()).param("label", "page"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("mk_")))
			.andExpect(content().string(containsString("id=\"issued-key\"")));
		this.mvc.perform(get("/admin/accounts/" + desk2).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"issued-key\""))));
	}

	@Test
	void locksAccountAfterFiveWrongPasswordsUntilAdminUnlocksIt() throws Exception {
		String username = unique("lock");
		var admin = user(this.users.loadUserByUsername("admin"));
		this.mvc
			.perform(post("/admin/accounts/new").with(admin)
				.with(csrf())
				.param("username", username)
				.param("displayName", "Khóa Thử")
				.param("agency", "000.20.01.H99")
				.param("roles", "DESK_OFFICER")
				.param("password", "dung-mat-khau"))
			.andExpect(status().is3xxRedirection());
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("sai-mat-khau"))
				.andExpect(redirectedUrl("/login?error"))
				.andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin("/login").user(username).password("sai-mat-khau")).andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user(username).password("dung-mat-khau"))
			.andExpect(redirectedUrl("/login?locked"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/login?locked")).andExpect(content().string(containsString("Tài khoản tạm bị khóa")));
		long id = idOf(username);
		this.mvc.perform(get("/admin/accounts/" + id).with(admin))
			.andExpect(content().string(containsString("/admin/accounts/" + id + "/unlock")));
		assertThat(this.events.stream(AccountLocked.class)).singleElement()
			.satisfies(event -> assertThat(event.username()).isEqualTo(username));
		assertThat(this.events.stream(LoginFailed.class).filter(event -> event.username().equals(username))).hasSize(6);
		this.mvc.perform(post("/admin/accounts/" + id + "/unlock").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.events.stream(AccountUnlocked.class)).hasSize(1);
		this.mvc.perform(formLogin("/login").user(username).password("dung-mat-khau"))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username));
	}

}
