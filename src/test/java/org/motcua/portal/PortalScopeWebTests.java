package org.motcua.portal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.TestPapers;
import org.motcua.document.Documents;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IdType;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.shared.AgencyCode;
import org.motcua.warehouse.Deposit;
import org.motcua.warehouse.ItemKind;
import org.motcua.warehouse.ItemProvenance;
import org.motcua.warehouse.ItemSignature;
import org.motcua.warehouse.OwnerId;
import org.motcua.warehouse.SignatureStatus;
import org.motcua.warehouse.Warehouse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One citizen never sees another's dossiers, drafts, papers or results, in the pages or
 * the API, whatever identifier they type: each answers the same 404 as an unknown one,
 * while the owner is served.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalScopeWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierWork dossiers;

	@Autowired
	Warehouse warehouse;

	@Autowired
	Documents documents;

	@Autowired
	UserDetailsService users;

	String owner;

	String otherId;

	CitizenSessions.Session ownerSession;

	CitizenSessions.Session otherSession;

	String code;

	String itemId;

	String draftPath;

	@BeforeEach
	void twoCitizensOneWithADossierAPaperAndADraft() throws Exception {
		this.owner = CitizenSessions.personalId();
		this.ownerSession = CitizenSessions.registerAndLogIn(this.mvc, this.owner, "Trần Thị Chủ");
		this.otherId = CitizenSessions.personalId();
		this.otherSession = CitizenSessions.registerAndLogIn(this.mvc, this.otherId, "Lê Văn Khác");
		this.code = this.dossiers
			.submitOnline(new IntakeCommand("1.004236", AgencyCode.of("000.20.01.H99"), Channel.ONLINE,
					new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, this.owner, "Trần Thị Chủ",
							LocalDate.of(1990, 1, 1), null, null, null),
					null, List.of(new SubmittedDocument("CT01", null, null, Provenance.NOT_DIGITIZED))), "test")
			.code();
		String documentId = this.documents
			.store(new ByteArrayInputStream(TestPapers.pdf("Giay to rieng")), "p.pdf", "application/pdf")
			.sha256();
		this.itemId = this.warehouse
			.deposit(new Deposit(OwnerId.parse(this.owner), documentId, ItemKind.PAPER, "GKS", null, null, null, null,
					null, "Giấy khai sinh riêng", Map.of(), new ItemProvenance(null, null, null),
					new ItemSignature(SignatureStatus.SIGNED_INTACT, "CN=desk1", null)))
			.id();
		this.draftPath = this.mvc
			.perform(this.ownerSession.with(post("/portal/file").with(csrf()).param("procedure", "1.004236")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.replace("/applicant", "");
	}

	@Test
	void anotherCitizenGetsNotFoundForEveryPageOfTheOwnersData() throws Exception {
		for (String path : new String[] { "/portal/dossiers/" + this.code,
				"/portal/dossiers/" + this.code + "/result.pdf", "/portal/dossiers/" + this.code + "/forms/receipt.pdf",
				"/portal/papers/" + this.itemId + "/file", this.draftPath + "/applicant", this.draftPath + "/papers",
				this.draftPath + "/review" }) {
			this.mvc.perform(this.otherSession.with(get(path))).andExpect(status().isNotFound());
		}
		for (String path : new String[] { "/portal/dossiers/" + this.code + "/withdraw",
				"/portal/dossiers/" + this.code + "/rate", "/portal/papers/" + this.itemId + "/share",
				this.draftPath + "/submit", this.draftPath + "/delete" }) {
			this.mvc.perform(this.otherSession.with(post(path).with(csrf()).param("score", "5")))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(this.otherSession.with(get("/portal/dossiers")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.code))));
		this.mvc.perform(this.otherSession.with(get("/portal/papers")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Giấy khai sinh riêng"))));
	}

	@Test
	void theOwnerIsServed() throws Exception {
		this.mvc.perform(this.ownerSession.with(get("/portal/dossiers")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.code)));
		this.mvc.perform(this.ownerSession.with(get("/portal/dossiers/" + this.code)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mới đăng ký")));
		this.mvc.perform(this.ownerSession.with(get("/portal/papers/" + this.itemId + "/file")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		this.mvc.perform(this.ownerSession.with(get(this.draftPath + "/review"))).andExpect(status().isOk());
	}

	@Test
	void theOwnerMayNotRateBeforeTheResultAndWithdrawsWithAReason() throws Exception {
		this.mvc
			.perform(this.ownerSession
				.with(post("/portal/dossiers/" + this.code + "/rate").with(csrf()).param("score", "5")))
			.andExpect(
					flash().attribute("error", "Không thực hiện được thao tác này ở trạng thái hiện tại của hồ sơ."));
		this.mvc
			.perform(this.ownerSession.with(
					post("/portal/dossiers/" + this.code + "/withdraw").with(csrf()).param("note", "Nộp nhầm thủ tục")))
			.andExpect(flash().attribute("flash", "Đã rút hồ sơ."));
		assertThat(this.dossiers.find(this.code).orElseThrow().status()).isEqualTo(DossierStatus.WITHDRAWN);
		this.mvc.perform(this.ownerSession.with(get("/portal/dossiers/" + this.code)))
			.andExpect(content().string(containsString("Nộp nhầm thủ tục")))
			.andExpect(content().string(not(containsString("id=\"withdraw\""))));
	}

	@Test
	void theApiShowsACitizenNothingOfAnothers() throws Exception {
		var other = user(this.users.loadUserByUsername(this.otherId));
		this.mvc.perform(get("/api/v1/warehouse/" + this.owner + "/items").with(other))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/dossiers/" + this.code).with(other)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/dossiers/" + this.code + "/forms/receipt.pdf").with(other))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/warehouse/" + this.owner + "/items")
				.with(user(this.users.loadUserByUsername(this.owner))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.itemId)));
	}

}
