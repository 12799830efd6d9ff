package org.motcua.nationalportal;

import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierLine;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierWork;
import org.motcua.shared.AgencyCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dossiers pushed by the national portal: taken in through the same path as the pulled
 * ones, once per portal code, into the desk's online queue; the endpoint wants a province
 * administrator's key.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalPushWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierWork dossiers;

	@Test
	void takesInAPushedDossierOnceIntoTheDeskQueue() throws Exception {
		String portalCode = "G22.99.1-" + PortalEvents.newScope() + "P";
		String id = String.format("0382%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String body = """
				[{"portalCode":"%s","procedureCode":"1.001193","agencyCode":"000.20.01.H99","applicantKind":"PERSON",
				  "idType":"PERSONAL_ID","idNumber":"%s","name":"Đỗ Văn Nam","birthDate":"19900101",
				  "phone":"0912000444","email":null,"address":"Xã Đông Sơn","papers":["TKKS","GCS"]},
				 {"portalCode":"%sX","procedureCode":"9.999999","agencyCode":"000.20.01.H99","applicantKind":"PERSON",
				  "idType":"PERSONAL_ID","idNumber":"%s","name":"Đỗ Văn Nam","papers":[]}]
				""".formatted(portalCode, id, portalCode, id);

		String first = push("admin", body).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].outcome").value("TAKEN"))
			.andExpect(jsonPath("$.items[1].outcome").value("REFUSED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = JsonPath.read(first, "$.items[0].dossierCode");
		push("admin", body).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].outcome").value("KNOWN"))
			.andExpect(jsonPath("$.items[0].dossierCode").value(code))
			.andExpect(jsonPath("$.items[1].outcome").value("KNOWN"));

		assertThat(this.dossiers.find(code)).hasValueSatisfying(d -> {
			assertThat(d.status()).isEqualTo(DossierStatus.SUBMITTED);
			assertThat(d.channel()).isEqualTo(Channel.ONLINE);
			assertThat(d.applicant().idNumber()).isEqualTo(id);
		});
		assertThat(this.dossiers.findWaitingAtDesk(AgencyCode.of("000.20.01.H99"), 500)).extracting(DossierLine::code)
			.containsOnlyOnce(code);
	}

	@Test
	void refusesCallersWithoutAProvinceAdministratorsKey() throws Exception {
		this.mvc.perform(post("/api/v1/national-portal/dossiers").contentType(MediaType.APPLICATION_JSON).content("[]"))
			.andExpect(status().isUnauthorized());
		push("desk1", "[]").andExpect(status().isForbidden());
		push("admin", "{not json").andExpect(status().isBadRequest());
	}

	private ResultActions push(String user, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/national-portal/dossiers").header("Authorization", "Bearer demo-" + user)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
