package org.motcua.dossier.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.document.Documents;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.api.DossierDesk;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff working pages through MVC with session logins: the inbox (assignment, claims,
 * counts and colours by time left), the dossier page with its action forms and papers,
 * the staff search, the assign action of the API, and the scope of an agency.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DossierPageWebTests.Clocks.class)
class DossierPageWebTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		WorkFixtures.SettableClock settableClock() {
			return new WorkFixtures.SettableClock(ZONE);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierDesk desk;

	@Autowired
	Documents documents;

	@Autowired
	UserDetailsService users;

	@Autowired
	WorkFixtures.SettableClock clock;

	@Autowired
	JdbcClient jdbc;

	WorkFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new WorkFixtures(this.desk, this.documents, this.users);
	}

	@AfterEach
	void releaseClock() {
		this.clock.release();
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	DossierView view(String code) {
		return this.desk.findVisible(code, this.fixtures.actor("admin")).orElseThrow();
	}

	void act(String username, String code, String action, String... params) throws Exception {
		var request = post("/dossiers/" + code + "/actions/" + action).with(as(username)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		this.mvc.perform(request)
			.andExpect(redirectedUrl("/dossiers/" + code))
			.andExpect(flash().attribute("flash", containsString("Đã thực hiện")));
	}

	@Test
	void headAssignsFromTheUnitsListAndTheSpecialistSeesItWaitingForThem() throws Exception {
		String code = this.fixtures.receive("Trần Văn Phân").code();
		act("desk1", code, "hand-over");
		this.mvc.perform(get("/dossiers/inbox").with(as("head1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phòng tôi: chưa phân công")))
			.andExpect(content().string(containsString("/dossiers/" + code + "/assign")))
			.andExpect(content().string(containsString("(specialist1)")));
		this.mvc
			.perform(post("/dossiers/" + code + "/assign").with(as("head1"))
				.with(csrf())
				.param("toAccount", "specialist1")
				.param("back", "inbox"))
			.andExpect(redirectedUrl("/dossiers/inbox"))
			.andExpect(flash().attribute("flash", "Đã phân công hồ sơ " + code + " cho specialist1."));
		assertThat(view(code).steps().get(1).assignee()).isEqualTo("specialist1");
		assertThat(view(code).events()).extracting(DossierView.EventLine::type).contains("StepAssigned");
		String inbox = this.mvc.perform(get("/dossiers/inbox").with(as("specialist1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String mine = inbox.substring(inbox.indexOf("id=\"mine\""), inbox.indexOf("id=\"unit\""));
		assertThat(mine).contains("data-code=\"" + code + "\"");
	}

	@Test
	void specialistClaimsAStepNobodyHasButMayNotAssignIt() throws Exception {
		String code = this.fixtures.receive("Lê Thị Nhận").code();
		act("desk1", code, "hand-over");
		this.mvc.perform(
				post("/dossiers/" + code + "/assign").with(as("specialist1")).with(csrf()).param("toAccount", "head1"))
			.andExpect(redirectedUrl("/dossiers/" + code))
			.andExpect(flash().attribute("failure", containsString("Chỉ trưởng phòng")));
		this.mvc.perform(get("/dossiers/" + code).with(as("specialist1")))
			.andExpect(content().string(containsString("id=\"claim\"")));
		this.mvc.perform(post("/dossiers/" + code + "/assign").with(as("specialist1")).with(csrf()))
			.andExpect(flash().attribute("flash", "Đã nhận xử lý hồ sơ " + code + "."));
		assertThat(view(code).steps().get(1).assignee()).isEqualTo("specialist1");
		this.mvc.perform(post("/dossiers/" + code + "/assign").with(as("head1")).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("đã được giao cho specialist1")));
	}

	@Test
	void countsAndColoursTheInboxByTimeLeftWithRemindersForTheDay() throws Exception {
		Instant wednesday = ZonedDateTime.of(2027, 3, 10, 9, 0, 0, 0, ZONE).toInstant();
		this.clock.set(wednesday);
		long[] before = counts("desk1");
		this.clock.set(wednesday.minusSeconds(86400));
		String overdue = this.fixtures.receive("Quá Hạn").code();
		this.clock.set(wednesday);
		String soon = this.fixtures.receive("Sắp Hạn").code();
		String later = this.fixtures.receive("Còn Hạn").code();
		this.jdbc.sql("UPDATE dossier_step SET due_at = ? WHERE dossier_id = (SELECT id FROM dossier WHERE code = ?)")
			.params(wednesday.plusSeconds(7 * 86400).atOffset(java.time.ZoneOffset.UTC), later)
			.update();
		assertThat(view(soon).steps().get(0).dueAt()).isEqualTo(wednesday.plusSeconds(3600));

		String page = this.mvc.perform(get("/dossiers/inbox").with(as("desk1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long[] after = counts("desk1");
		assertThat(after[0]).isEqualTo(before[0] + 1);
		assertThat(after[1]).isEqualTo(before[1] + 1);
		String mine = page.substring(page.indexOf("id=\"mine\""), page.indexOf("id=\"unit\""));
		assertThat(mine).containsPattern("class=\"overdue\" data-code=\"" + java.util.regex.Pattern.quote(overdue));
		assertThat(mine).containsPattern("class=\"soon\" data-code=\"" + java.util.regex.Pattern.quote(soon));
		assertThat(mine).containsPattern("class=\"normal\" data-code=\"" + java.util.regex.Pattern.quote(later));
		assertThat(mine.indexOf(overdue)).isLessThan(mine.indexOf(soon));
		assertThat(mine.indexOf(soon)).isLessThan(mine.indexOf(later));
		String reminders = page.substring(page.indexOf("id=\"reminders\""), page.indexOf("id=\"mine\""));
		assertThat(reminders).contains(overdue, soon, "quá hạn từ 09/03/2027 10:00", "đến hạn 10/03/2027 10:00")
			.doesNotContain(later);
	}

	private long[] counts(String username) throws Exception {
		String page = this.mvc.perform(get("/dossiers/inbox").with(as(username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new long[] { count(page, "count-overdue"), count(page, "count-due-today") };
	}

	private static long count(String page, String id) {
		int at = page.indexOf("id=\"" + id + "\"");
		String rest = page.substring(page.indexOf('>', at) + 1);
		return Long.parseLong(rest.substring(0, rest.indexOf('<')).strip());
	}

	@Test
	void showsTheWholeDossierWithItsPapersAndFormsAndServesItsPapersOnly() throws Exception {
		WorkFixtures.Received received = this.fixtures.receive("Phạm Thị Hồ Sơ");
		String code = received.code();
		this.mvc.perform(get("/dossiers/" + code).with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Phạm Thị Hồ Sơ"), containsString("Đăng ký khai sinh"),
					containsString("phiên bản"), containsString("Đã tiếp nhận"), containsString(received.idNumber()),
					containsString("Tờ khai đăng ký khai sinh"), containsString("Tiếp nhận hồ sơ"),
					containsString("/dossiers/" + code + "/forms/receipt.pdf"),
					containsString("/dossiers/" + code + "/forms/control-slip.pdf"),
					containsString("/dossiers/" + code + "/documents/" + received.paperId()),
					containsString("id=\"hand-over\""), containsString("id=\"request-supplement\""),
					not(containsString("id=\"approve\"")), not(containsString("id=\"finish\"")))));
		byte[] served = this.mvc
			.perform(get("/dossiers/" + code + "/documents/" + received.paperId()).with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var in = this.documents.open(received.paperId())) {
			assertThat(served).isEqualTo(in.readAllBytes());
		}
		String other = this.fixtures.store(WorkFixtures.pdf("not of this dossier"));
		this.mvc.perform(get("/dossiers/" + code + "/documents/" + other).with(as("desk1")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/dossiers/" + code).with(as("desk1")).param("lang", "en"))
			.andExpect(content()
				.string(allOf(containsString("Received"), containsString("Hand over"), containsString("History"))));
	}

	@Test
	void anotherAgencysOfficerGetsNotFoundForThePageItsPapersAndItsActions() throws Exception {
		WorkFixtures.Received received = this.fixtures.receive("Đỗ Văn Phạm Vi");
		String code = received.code();
		this.mvc.perform(get("/dossiers/" + code).with(as("desk3"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/dossiers/" + code + "/documents/" + received.paperId()).with(as("desk3")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/dossiers/" + code + "/actions/stop").with(as("desk3")).with(csrf()).param("reason", "x"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/dossiers/" + code + "/assign").with(as("desk3")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/dossiers").with(as("desk3")).param("q", code))
			.andExpect(content().string(containsString("Tìm thấy 0 hồ sơ.")));
		assertThat(view(code).status()).isEqualTo(DossierStatus.RECEIVED);
	}

	@Test
	void refusesAnIllegalActionWithAMessageInTheReadersLanguageAndChangesNothing() throws Exception {
		String code = this.fixtures.receive("Vũ Thị Từ Chối").code();
		this.mvc.perform(post("/dossiers/" + code + "/actions/approve").with(as("approver1")).with(csrf()))
			.andExpect(redirectedUrl("/dossiers/" + code))
			.andExpect(flash().attribute("failure",
					"Hồ sơ đang ở trạng thái Đã tiếp nhận nên không thể thực hiện thao tác Phê duyệt kết quả."));
		this.mvc.perform(
				post("/dossiers/" + code + "/actions/approve").with(as("approver1")).with(csrf()).param("lang", "en"))
			.andExpect(flash().attribute("failure", containsString("Received")));
		this.mvc.perform(post("/dossiers/" + code + "/actions/approve").with(as("desk1")).with(csrf()))
			.andExpect(flash().attribute("failure", "Vai trò của bạn không được thực hiện thao tác này."));
		this.mvc.perform(post("/dossiers/" + code + "/actions/return-to-previous").with(as("desk1")).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("Trả lại bước trước")));
		this.mvc.perform(post("/dossiers/" + code + "/actions/request-supplement").with(as("desk1")).with(csrf()))
			.andExpect(flash().attribute("failure", "Hãy chọn ít nhất một thành phần hồ sơ cần bổ sung."));
		this.mvc.perform(post("/dossiers/" + code + "/actions/stop").with(as("desk1")).with(csrf()))
			.andExpect(flash().attribute("failure", "Hãy nhập lý do."));
		this.mvc
			.perform(post("/dossiers/" + code + "/actions/extend").with(as("desk1"))
				.with(csrf())
				.param("newDueAt", "2020-01-01T08:00")
				.param("reason", "Cần xác minh"))
			.andExpect(flash().attribute("failure", containsString("Ngày hẹn trả mới phải sau hạn hiện tại")));
		this.mvc.perform(post("/dossiers/" + code + "/actions/nonsense").with(as("desk1")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(view(code).status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(view(code).events()).hasSize(1);
	}

	@Test
	void walksEveryActionFormFromHandOverToRating() throws Exception {
		String code = this.fixtures.receive("Ngô Văn Quy Trình").code();
		act("desk1", code, "hand-over", "note", "Chuyển thẩm định");
		act("specialist1", code, "return-to-previous", "note", "Thiếu chữ ký");
		assertThat(view(code).steps()).hasSize(3);
		act("desk1", code, "hand-over");
		act("specialist1", code, "request-supplement", "missing", "GCS", "note", "Bản chụp mờ");
		assertThat(view(code).status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
		this.mvc.perform(get("/dossiers/" + code).with(as("desk1")))
			.andExpect(content().string(allOf(containsString("/forms/supplement-request.pdf"),
					containsString("id=\"supplement\""), containsString("Bản chụp mờ"))));

		MockMultipartFile bad = new MockMultipartFile("file-GCS", "gcs.pdf", "application/pdf",
				"this is not a PDF at all".getBytes());
		this.mvc
			.perform(multipart("/dossiers/" + code + "/actions/supplement").file(bad).with(as("desk1")).with(csrf()))
			.andExpect(redirectedUrl("/dossiers/" + code))
			.andExpect(flash().attribute("failure", containsString("Tệp của thành phần GCS không được chấp nhận")));
		assertThat(view(code).status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
		MockMultipartFile good = new MockMultipartFile("file-GCS", "gcs.pdf", "application/pdf",
				WorkFixtures.pdf("GCS supplied"));
		this.mvc
			.perform(multipart("/dossiers/" + code + "/actions/supplement").file(good).with(as("desk1")).with(csrf()))
			.andExpect(flash().attribute("flash", containsString("Bổ sung hồ sơ")));
		DossierView supplied = view(code);
		assertThat(supplied.status()).isEqualTo(DossierStatus.IN_PROCESS);
		assertThat(supplied.documents()).anySatisfy(d -> {
			assertThat(d.requiredDocumentCode()).isEqualTo("GCS");
			assertThat(d.documentId()).isNotNull();
		});

		act("specialist1", code, "request-payment", "amount", "50000", "note", "Phí sao y");
		act("desk1", code, "confirm-payment", "reference", "BL-0001");
		String newDue = supplied.dueAt()
			.atZone(ZONE)
			.plusDays(3)
			.toLocalDateTime()
			.withSecond(0)
			.withNano(0)
			.toString();
		act("specialist1", code, "extend", "newDueAt", newDue, "reason", "Cần xác minh thêm");
		act("specialist1", code, "hand-over", "toStep", "2");
		this.mvc.perform(get("/dossiers/" + code).with(as("specialist1")))
			.andExpect(content().string(allOf(containsString("/forms/apology.pdf"), containsString("id=\"finish\""))));
		MockMultipartFile result = new MockMultipartFile("result", "kq.pdf", "application/pdf",
				WorkFixtures.pdf("Giay khai sinh"));
		this.mvc.perform(
				multipart("/dossiers/" + code + "/actions/finish").file(result).with(as("specialist1")).with(csrf()))
			.andExpect(flash().attribute("flash", containsString("Trình kết quả")));
		assertThat(view(code).status()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
		this.mvc.perform(get("/dossiers/inbox").with(as("approver1")))
			.andExpect(content().string(containsString("data-code=\"" + code + "\"")));
		act("approver1", code, "approve");
		this.mvc.perform(get("/dossiers/inbox").with(as("desk1")))
			.andExpect(content().string(containsString("data-code=\"" + code + "\"")));
		act("desk1", code, "return-result", "how", "COUNTER");
		act("desk1", code, "rate", "score", "5", "comment", "Nhanh gọn");
		DossierView done = view(code);
		assertThat(done.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
		assertThat(done.rating().score()).isEqualTo(5);
		this.mvc.perform(get("/dossiers/" + code).with(as("desk1")))
			.andExpect(content().string(allOf(containsString("Nhanh gọn"), containsString("Đã trả kết quả"),
					containsString("/dossiers/" + code + "/documents/" + done.result().documentId()),
					containsString("Xác nhận đã nộp phí"), containsString("BL-0001"),
					not(containsString("id=\"rate\"")))));
		this.mvc.perform(get("/dossiers/" + code + "/documents/" + done.result().documentId()).with(as("desk1")))
			.andExpect(status().isOk());

		String stopped = this.fixtures.receive("Dừng Xử Lý").code();
		act("desk1", stopped, "stop", "reason", "Người nộp đề nghị dừng");
		assertThat(view(stopped).status()).isEqualTo(DossierStatus.STOPPED);
		this.mvc.perform(get("/dossiers/" + stopped).with(as("desk1")))
			.andExpect(content().string(containsString("/forms/stop-notice.pdf")));
		String withdrawn = this.fixtures.receive("Rút Hồ Sơ").code();
		act("desk1", withdrawn, "withdraw", "note", "Đơn rút hồ sơ");
		assertThat(view(withdrawn).status()).isEqualTo(DossierStatus.WITHDRAWN);
	}

	@Test
	void searchesWhatTheOfficerMaySeeByCodeNameIdProcedureStatusAndPeriod() throws Exception {
		WorkFixtures.Received one = this.fixtures.receive("Hoàng Thị Tìm Kiếm");
		String today = java.time.LocalDate.now(ZONE).toString();
		String tomorrow = java.time.LocalDate.now(ZONE).plusDays(1).toString();
		this.mvc.perform(get("/dossiers").with(as("specialist1")).param("q", one.idNumber()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(one.code()), containsString("Hoàng Thị Tìm Kiếm"))));
		this.mvc.perform(get("/dossiers").with(as("specialist1")).param("q", "tìm kiếm"))
			.andExpect(content().string(containsString(one.code())));
		this.mvc
			.perform(get("/dossiers").with(as("desk1"))
				.param("q", one.code())
				.param("procedure", "1.001193")
				.param("status", "RECEIVED")
				.param("from", today)
				.param("to", today))
			.andExpect(content().string(allOf(containsString("Tìm thấy 1 hồ sơ."), containsString(one.code()))));
		this.mvc.perform(get("/dossiers").with(as("desk1")).param("q", one.code()).param("from", tomorrow))
			.andExpect(content().string(containsString("Tìm thấy 0 hồ sơ.")));
		this.mvc.perform(get("/dossiers").with(as("desk1")).param("q", one.code()).param("status", "FINISHED"))
			.andExpect(content().string(containsString("Tìm thấy 0 hồ sơ.")));
		this.mvc.perform(get("/dossiers").with(as("desk1")).param("from", tomorrow).param("to", today))
			.andExpect(content().string(containsString("Khoảng thời gian không hợp lệ")));
		this.mvc.perform(get("/dossiers").with(as("admin")).param("q", one.idNumber()))
			.andExpect(content().string(containsString(one.code())));
		for (int i = 0; i < 26; i++) {
			this.fixtures.receive("Trang Phân " + i);
		}
		this.mvc.perform(get("/dossiers").with(as("desk1")).param("q", "trang phân"))
			.andExpect(content().string(allOf(containsString("Tìm thấy 26 hồ sơ."), containsString("Trang 1/2"))));
		this.mvc.perform(get("/dossiers").with(as("desk1")).param("q", "trang phân").param("page", "1"))
			.andExpect(content().string(allOf(containsString("Trang 2/2"), containsString("Trang Phân 0"),
					not(containsString("Trang Phân 25")))));
		this.mvc
			.perform(get("/api/v1/dossiers").header("Authorization", "Bearer demo-desk1").param("q", one.idNumber()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].receivedAt").value(matchesPattern(".*\\+07:00")));
	}

	@Test
	void assignsThroughTheApiWithProblemsForRefusals() throws Exception {
		String code = this.fixtures.receive("Api Phân Công").code();
		act("desk1", code, "hand-over");
		this.mvc
			.perform(post("/api/v1/dossiers/" + code + "/assign").header("Authorization", "Bearer demo-specialist1")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"toAccount\":\"head1\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("dossier.not-department-head"));
		this.mvc
			.perform(post("/api/v1/dossiers/" + code + "/assign").header("Authorization", "Bearer demo-head1")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"toAccount\":\"desk1\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.assignee-outside-unit"));
		this.mvc
			.perform(post("/api/v1/dossiers/" + code + "/assign").header("Authorization", "Bearer demo-head1")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"toAccount\":\"specialist1\",\"note\":\"Ưu tiên\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[1].assignee").value("specialist1"))
			.andExpect(jsonPath("$.events[-1:].type").value(org.hamcrest.Matchers.contains("StepAssigned")));
		this.mvc
			.perform(post("/api/v1/dossiers/" + code + "/assign").header("Authorization", "Bearer demo-specialist1")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.step-taken"));
		this.mvc
			.perform(post("/api/v1/dossiers/" + code + "/assign").header("Authorization", "Bearer demo-desk3")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(content().string(containsString("dossier.not-department-head")));
	}

}
