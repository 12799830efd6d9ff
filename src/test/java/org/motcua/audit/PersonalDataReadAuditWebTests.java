package org.motcua.audit;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.motcua.shared.PersonalId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator reading a citizen's account leaves a {@code personal-data.read} entry
 * in the audit trail, with who read it; reading a staff account does not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonalDataReadAuditWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsAdministratorReadingCitizenAccountButNotStaffAccount() throws Exception {
		long citizen = this.jdbc.sql("SELECT id FROM account WHERE personal_id = :id")
			.param("id", PersonalId.of("034099001234").value())
			.query(Long.class)
			.single();
		long desk1 = this.jdbc.sql("SELECT id FROM account WHERE username = 'desk1'").query(Long.class).single();
		EntryFilter citizenReads = new EntryFilter("admin", AuditTrail.READ, "account", String.valueOf(citizen), null,
				null);
		EntryFilter staffReads = new EntryFilter(null, AuditTrail.READ, "account", String.valueOf(desk1), null, null);
		long before = this.trail.find(citizenReads, 0, 500).total();

		this.mvc.perform(get("/api/v1/accounts/" + desk1).header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/accounts/" + citizen).header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isOk());

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.trail.find(citizenReads, 0, 500).total()).isEqualTo(before + 1));
		assertThat(this.trail.find(staffReads, 0, 500).total()).isZero();
	}

}
