package org.motcua.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only a province administrator may take a backup, and only of an embedded H2 file
 * database: these tests run on an in-memory H2 or on PostgreSQL, which the backup refuses
 * with a problem that points to the database's own tools.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BackupWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void refusesBackupWithoutCredentials() throws Exception {
		this.mvc.perform(post("/api/v1/admin/backup"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("auth.unauthenticated"));
	}

	@Test
	void refusesBackupToAnyoneButProvinceAdministrator() throws Exception {
		this.mvc.perform(post("/api/v1/admin/backup").header("Authorization", "Bearer demo-agencyadmin"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("auth.forbidden"));
	}

	@Test
	void refusesBackupOfDatabaseThatIsNotAnEmbeddedFile() throws Exception {
		this.mvc
			.perform(post("/api/v1/admin/backup").header("Authorization", "Bearer demo-admin")
				.header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("backup.embedded-only"))
			.andExpect(jsonPath("$.detail").value(containsString("pg_dump")));
	}

	@Test
	void showsBackupPageToProvinceAdministratorInVietnamese() throws Exception {
		this.mvc.perform(get("/admin/backup").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sao lưu hệ thống")))
			.andExpect(content().string(containsString("pg_dump")));
	}

	@Test
	void refusesBackupPageToOtherStaff() throws Exception {
		this.mvc.perform(get("/admin/backup").with(user(this.users.loadUserByUsername("desk1"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/backup").with(csrf()).with(user(this.users.loadUserByUsername("desk1"))))
			.andExpect(status().isForbidden());
	}

}
