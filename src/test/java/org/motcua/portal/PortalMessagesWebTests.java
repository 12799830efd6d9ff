package org.motcua.portal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IdType;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.notification.MessageChannel;
import org.motcua.notification.Notifications;
import org.motcua.shared.AgencyCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * My messages: the notices a dossier's events produced for the citizen, never another's,
 * and the channels and language they choose for the next ones.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalMessagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierWork dossiers;

	@Autowired
	Notifications notifications;

	String owner;

	CitizenSessions.Session ownerSession;

	CitizenSessions.Session otherSession;

	@BeforeEach
	void twoCitizens() throws Exception {
		this.owner = CitizenSessions.personalId();
		this.ownerSession = CitizenSessions.registerAndLogIn(this.mvc, this.owner, "Trần Thị Chủ");
		this.otherSession = CitizenSessions.registerAndLogIn(this.mvc, CitizenSessions.personalId(), "Lê Văn Khác");
	}

	@Test
	void theCitizenSeesTheNoticesOfTheirDossierAndAnotherSeesNone() throws Exception {
		String code = this.dossiers.receiveAtDesk(new IntakeCommand("1.001193", AgencyCode.of("000.20.01.H99"),
				Channel.COUNTER,
				new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, this.owner, "Trần Thị Chủ",
						LocalDate.of(1990, 1, 1), "0912000222", "chu." + System.nanoTime() + "@example.vn", "Đông Sơn"),
				null, List.of(new SubmittedDocument("TKKS", "e".repeat(64), null, Provenance.DIGITIZED),
						new SubmittedDocument("GCS", null, null, Provenance.NOT_DIGITIZED))),
				null, "desk1")
			.code();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.notifications.messagesOf(this.owner, 0, 10).total() >= 2);

		this.mvc.perform(this.ownerSession.with(get("/portal/messages")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/portal/messages\" aria-current=\"page\"")))
			.andExpect(content().string(containsString("Hồ sơ " + code + " đã được tiếp nhận")))
			.andExpect(content().string(containsString("href=\"/portal/dossiers/" + code + "\"")))
			.andExpect(content().string(containsString("Thư điện tử")))
			.andExpect(content().string(containsString("Hộp thư trên hệ thống")))
			.andExpect(content().string(containsString("Đã gửi")))
			.andExpect(content().string(not(containsString("id=\"no-messages\""))));
		this.mvc.perform(this.ownerSession.with(get("/portal/messages").param("lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("My messages")))
			.andExpect(content().string(containsString("In-app inbox")));

		this.mvc.perform(this.otherSession.with(get("/portal/messages")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-messages\"")))
			.andExpect(content().string(not(containsString(code))));
	}

	@Test
	void choosingChannelsPersistsAndShowsAndNothingChosenExplainsTheDefault() throws Exception {
		this.mvc.perform(this.ownerSession.with(get("/portal/messages")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"channels-default\"")))
			.andExpect(content().string(containsString("Bạn chưa chọn kênh nào")));

		this.mvc.perform(this.ownerSession.with(
				post("/portal/messages/channels").with(csrf()).param("channel", "SMS", "ZALO").param("language", "en")))
			.andExpect(redirectedUrl("/portal/messages"))
			.andExpect(flash().attribute("flash", "Đã lưu lựa chọn kênh nhận thông báo."));
		assertThat(this.notifications.preferenceOf(this.owner).channels()).containsExactlyInAnyOrder(MessageChannel.SMS,
				MessageChannel.ZALO);
		assertThat(this.notifications.preferenceOf(this.owner).language()).isEqualTo("en");
		this.mvc.perform(this.ownerSession.with(get("/portal/messages")))
			.andExpect(content().string(containsString("id=\"channel-SMS\" value=\"SMS\" checked")))
			.andExpect(content().string(containsString("id=\"channel-ZALO\" value=\"ZALO\" checked")))
			.andExpect(content().string(containsString("id=\"channel-EMAIL\" value=\"EMAIL\">")))
			.andExpect(content().string(containsString("value=\"en\" selected")))
			.andExpect(content().string(not(containsString("id=\"channels-default\""))));
		assertThat(this.notifications.preferenceOf(CitizenSessions.personalId()).chosen()).isFalse();

		this.mvc.perform(this.ownerSession.with(post("/portal/messages/channels").with(csrf())))
			.andExpect(flash().attribute("flash", "Đã lưu lựa chọn kênh nhận thông báo."));
		assertThat(this.notifications.preferenceOf(this.owner).channels()).isEmpty();
		assertThat(this.notifications.preferenceOf(this.owner).chosen()).isTrue();
		this.mvc.perform(this.ownerSession.with(get("/portal/messages")))
			.andExpect(content().string(containsString("id=\"channels-none\"")));
	}

	@Test
	void aBadChannelOrLanguageIsRefusedClearlyAndChangesNothing() throws Exception {
		for (String bad : new String[] { "INBOX", "FAX", "" }) {
			this.mvc
				.perform(this.ownerSession
					.with(post("/portal/messages/channels").with(csrf()).param("channel", "EMAIL", bad)))
				.andExpect(redirectedUrl("/portal/messages"))
				.andExpect(flash().attribute("error",
						"Kênh nhận thông báo không hợp lệ: chỉ chọn Thư điện tử, Tin nhắn SMS hoặc Zalo."));
		}
		this.mvc
			.perform(this.ownerSession
				.with(post("/portal/messages/channels").with(csrf()).param("channel", "EMAIL").param("language", "fr")))
			.andExpect(flash().attribute("error", "Ngôn ngữ không hợp lệ: chọn Tiếng Việt hoặc English."));
		assertThat(this.notifications.preferenceOf(this.owner).chosen()).isFalse();
		this.mvc.perform(this.ownerSession.with(post("/portal/messages/channels").param("channel", "EMAIL")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/portal/messages")).andExpect(status().is3xxRedirection());
	}

}
