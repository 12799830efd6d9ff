package org.motcua.nationalportal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motcua.audit.AuditTrail;
import org.motcua.audit.EntryFilter;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Procedure;
import org.motcua.catalog.ProcedureCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' page of the portal connection: for province administrators only, in
 * Vietnamese, with the dead-lettered messages, their resend, a dossier's log and the
 * catalog differences.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalAdminWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DossierEventRecording recording;

	@Autowired
	PortalDispatch dispatch;

	@Autowired
	PortalOutbox outbox;

	@Autowired
	PortalSimulator simulator;

	@Autowired
	NationalPortalProperties properties;

	@Autowired
	Catalog catalog;

	@Autowired
	AuditTrail audit;

	@AfterEach
	void heal() {
		this.simulator.fail(SimulatorFault.NONE);
	}

	@Test
	void forbidsDeskOfficer() throws Exception {
		this.mvc.perform(get("/admin/national-portal").with(user(this.users.loadUserByUsername("desk1"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsDeadMessageAndResendsIt() throws Exception {
		String code = PortalEvents.newCode();
		Instant at = Instant.parse("2030-03-02T01:00:00Z");
		this.recording.record(PortalEvents.submitted(code, at));
		this.simulator.fail(SimulatorFault.ERROR_CODE, Integer.MAX_VALUE, code);
		for (int pass = 0; pass < this.properties.maxAttempts(); pass++) {
			this.dispatch.dispatchAt(at.plusSeconds(86400L * (pass + 1)));
		}
		OutboxMessage dead = this.outbox.ofDossier(code).get(0);
		assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);

		this.mvc.perform(get("/admin/national-portal").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đồng bộ với Cổng Dịch vụ công quốc gia")))
			.andExpect(content().string(containsString("Thông điệp ngừng gửi")))
			.andExpect(content().string(containsString(code)));
		this.mvc
			.perform(get("/admin/national-portal").param("dossier", code)
				.with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhật ký đồng bộ của hồ sơ")))
			.andExpect(content().string(containsString("error_code -1")));

		this.mvc
			.perform(post("/admin/national-portal/messages/{id}/resend", dead.id())
				.with(user(this.users.loadUserByUsername("admin")))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/national-portal"));
		assertThat(this.outbox.ofDossier(code).get(0).status()).isEqualTo(OutboxStatus.PENDING);
	}

	@Test
	void showsCatalogDifferences() throws Exception {
		this.mvc.perform(get("/admin/national-portal/catalog").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mới trên Cổng")))
			.andExpect(content().string(containsString("1.003604")));
	}

	@Test
	void aProcedureNewOnThePortalIsCreatedThroughTheCatalogsFormBegunWithItsCodeAndName() throws Exception {
		String page = this.mvc
			.perform(get("/admin/national-portal/catalog").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("href=\"(/admin/procedures/new\\?code=1\\.003604&amp;name=[^\"]+)\"")
			.matcher(page);
		assertThat(link.find()).as("a link to create procedure 1.003604").isTrue();
		String href = link.group(1).replace("&amp;", "&");
		this.mvc.perform(get(java.net.URI.create(href)).with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"1.003604\"")));
	}

	@Test
	void acceptingARenamedProcedureWritesThePortalsNameIntoTheCatalog() throws Exception {
		this.mvc
			.perform(post("/admin/national-portal/catalog/accept").param("item", "PROCEDURE")
				.param("code", "1.000894")
				.param("change", "CHANGED")
				.param("portal", "whatever the page showed")
				.with(csrf())
				.with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "nationalportal.accepted.written"));

		Procedure published = this.catalog.findPublished(ProcedureCode.of("1.000894")).orElseThrow();
		assertThat(published.definition().name()).endsWith("(sửa đổi năm 2025)");
		assertThat(published.changedBy()).isEqualTo("admin");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.audit
				.find(new EntryFilter("admin", "procedure.published", "procedure", "1.000894", null, null), 0, 10)
				.total() > 0);
	}

}
