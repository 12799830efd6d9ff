package org.motcua.dossier.results;

import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierWork;
import org.motcua.signature.KeylessOfficers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An approver without a signing key cannot approve: no unsigned results. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(KeylessOfficers.class)
class ApprovalWithoutKeyWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierWork work;

	@Autowired
	Results results;

	@Test
	void approvalIsRefusedAndNothingChanges() throws Exception {
		ResultsWebTests helper = new ResultsWebTests();
		helper.mvc = this.mvc;
		helper.results = this.results;
		helper.work = this.work;
		String code = helper.awaitingApproval().code();
		this.mvc
			.perform(post("/api/v1/dossiers/" + code + "/approve").header("Authorization", "Bearer demo-approver1")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("result.no-signing-key"))
			.andExpect(jsonPath("$.detail").value(containsString("approver1")));
		assertThat(this.work.find(code).orElseThrow().status()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
		assertThat(this.results.issuedResult(code)).isEmpty();
	}

}
