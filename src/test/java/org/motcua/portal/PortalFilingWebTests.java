package org.motcua.portal;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.motcua.TestPapers;
import org.motcua.dossier.DossierWork;
import org.motcua.signature.SignerId;
import org.motcua.signature.Signing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The filing wizard as plain form posts (no JavaScript): each step saves the draft, which
 * "my dossiers" offers to resume; submitting checks the applicant against the population
 * registry and refuses one it does not know, leaving the draft unsubmitted; a bad upload
 * is refused with the document module's reason; the public pages answer in Vietnamese
 * and, asked, in English.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalFilingWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierWork dossiers;

	@Autowired
	Signing signing;

	@Test
	void aDraftIsSavedStepByStepAndAnApplicantUnknownToTheRegistryIsRefused() throws Exception {
		String id = "0" + String.format("%011d", ThreadLocalRandom.current().nextLong(1, 99_999_999_999L));
		CitizenSessions.Session session = logIn(id);
		String draft = this.mvc.perform(session.with(post("/portal/file").with(csrf()).param("procedure", "1.004236")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.replace("/applicant", "");
		this.mvc.perform(session.with(get(draft + "/applicant")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trần Văn Thử")))
			.andExpect(content().string(containsString("0912000111")));
		this.mvc.perform(session.with(post(draft + "/applicant").with(csrf())
			.param("agency", "000.20.01.H99")
			.param("phone", "0912000111")
			.param("address", "Thôn 1"))).andExpect(redirectedUrl(draft + "/papers"));
		this.mvc
			.perform(session.with(multipart(draft + "/papers")
				.file(new MockMultipartFile("file-CT01", "ct01.txt", "text/plain", "không phải PDF".getBytes()))
				.with(csrf())))
			.andExpect(redirectedUrl(draft + "/papers"))
			.andExpect(flash().attribute("error", containsString("Tờ khai")));
		this.mvc.perform(session.with(multipart(draft + "/papers")
			.file(new MockMultipartFile("file-CT01", "ct01.pdf", "application/pdf", TestPapers.pdf("CT01")))
			.with(csrf()))).andExpect(redirectedUrl(draft + "/review"));
		this.mvc.perform(session.with(get("/portal/dossiers")))
			.andExpect(content().string(containsString(draft.substring(draft.lastIndexOf('/') + 1))));
		this.mvc.perform(session.with(get(draft + "/review")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ct01.pdf")));

		this.mvc.perform(session.with(post(draft + "/submit").with(csrf())))
			.andExpect(redirectedUrl(draft + "/review"))
			.andExpect(
					flash().attribute("error", "Không tìm thấy số định danh trong Cơ sở dữ liệu quốc gia về dân cư."));
		assertThat(this.dossiers.findOfParty(id, 10)).isEmpty();
	}

	@Test
	void anUploadedSignedPdfHasItsSignatureCheckedAndShown() throws Exception {
		String id = "0" + String.format("%011d", ThreadLocalRandom.current().nextLong(1, 99_999_999_999L));
		CitizenSessions.Session session = logIn(id);
		String draft = this.mvc.perform(session.with(post("/portal/file").with(csrf()).param("procedure", "1.004236")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()
			.replace("/applicant", "");
		byte[] signed = this.signing.sign(TestPapers.pdf("To khai da ky"), SignerId.officer("desk1"));
		this.mvc.perform(session.with(multipart(draft + "/papers")
			.file(new MockMultipartFile("file-CT01", "ct01-ky-so.pdf", "application/pdf", signed))
			.with(csrf()))).andExpect(redirectedUrl(draft + "/review"));
		this.mvc.perform(session.with(get(draft + "/review")))
			.andExpect(content().string(containsString("Đã ký số, chữ ký hợp lệ")))
			.andExpect(content().string(containsString("Lê Thị Thu")));
	}

	@Test
	void thePublicHomeIsVietnameseFirstAndEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/portal"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cổng dịch vụ công")))
			.andExpect(content().string(containsString("id=\"public-statistics\"")));
		this.mvc.perform(get("/portal").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Look a dossier up")));
		this.mvc.perform(get("/portal/dossiers")).andExpect(status().is3xxRedirection());
	}

	private CitizenSessions.Session logIn(String personalId) throws Exception {
		this.mvc
			.perform(post("/register").with(csrf())
				.param("fullName", "Trần Văn Thử")
				.param("personalId", personalId)
				.param("birthDate", "1991-02-03")
				.param("phone", "0912000111")
				.param("password", "mat-khau-cong-dan")
				.param("repeat", "mat-khau-cong-dan"))
			.andExpect(status().is3xxRedirection());
		MvcResult login = this.mvc.perform(formLogin("/login").user(personalId).password("mat-khau-cong-dan"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		Cookie cookie = login.getResponse().getCookie("SESSION");
		return new CitizenSessions.Session(session, cookie);
	}

}
