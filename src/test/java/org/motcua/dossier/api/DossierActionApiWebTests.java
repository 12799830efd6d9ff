package org.motcua.dossier.api;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.motcua.calendar.WorkingCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The actions of the staff API that {@link DossierApiWebTests} does not take: payment,
 * withdrawal, return to the previous step, extension with apology, stop with notice; each
 * through HTTP, its JSON fields, its refusals as problems in Vietnamese and English, and
 * its event in the publication registry. The application's clock is one the test moves
 * (frozen once moved), so waits and passed due instants are exact; publications are kept
 * once completed so that the registry can be read back.
 */
@SpringBootTest(properties = "spring.modulith.events.completion-mode=update")
@AutoConfigureMockMvc
class DossierActionApiWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void stopsTheClockWhileAwaitingPaymentAndMovesTheDueInstantByTheWait() throws Exception {
		this.clock.moveToAWorkingMonday(this.calendar);
		String code = received();
		act("desk1", code, "hand-over", "{}").andExpect(status().isOk());
		Instant due = dueAt(show(code));
		this.clock.advance(Duration.ofMinutes(30));
		String waiting = act("specialist1", code, "request-payment", "{\"amount\":8000,\"note\":\"Lệ phí\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_PAYMENT"))
			.andExpect(jsonPath("$.nationalStatus").value(6))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dueAt(waiting)).isEqualTo(due);
		Instant stepDue = OffsetDateTime.parse(JsonPath.read(waiting, "$.steps[1].dueAt")).toInstant();
		act("desk1", code, "hand-over", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.illegal-transition"));
		this.clock.advance(Duration.ofHours(2));
		String resumed = act("desk1", code, "confirm-payment", "{\"reference\":\"BL-000123\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROCESS"))
			.andExpect(jsonPath("$.nationalStatus").value(4))
			.andExpect(jsonPath("$.events[-2].type").value("PaymentRequested"))
			.andExpect(jsonPath("$.events[-2].by").value("specialist1"))
			.andExpect(jsonPath("$.events[-1].type").value("PaymentConfirmed"))
			.andExpect(jsonPath("$.events[-1].by").value("desk1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// two working hours waited (a Monday morning): the due instants move by exactly
		// that
		assertThat(dueAt(resumed)).isEqualTo(this.calendar.addWorkingTime(due, Duration.ofHours(2)))
			.isAfterOrEqualTo(due.plus(Duration.ofHours(2)));
		assertThat(OffsetDateTime.parse(JsonPath.read(resumed, "$.steps[1].dueAt")).toInstant())
			.isEqualTo(this.calendar.addWorkingTime(stepDue, Duration.ofHours(2)));
		act("desk1", code, "confirm-payment", "{\"reference\":\"BL-000124\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.illegal-transition"));
		act("specialist1", code, "request-payment", "{\"amount\":0}").andExpect(status().isBadRequest());
		assertThat(published(code)).contains("DossierReceived", "HandedOver", "PaymentRequested", "PaymentConfirmed");
	}

	@Test
	void withdrawsWhenReceivedOrAwaitingASupplementAndNotOnceRejectedStoppedOrFinished() throws Exception {
		String received = received();
		act("desk1", received, "withdraw", "{\"note\":\"Công dân xin rút hồ sơ\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.nationalStatus").value(7))
			.andExpect(jsonPath("$.steps[0].endedAt").isNotEmpty())
			.andExpect(jsonPath("$.events[-1].type").value("Withdrawn"))
			.andExpect(jsonPath("$.events[-1].by").value("desk1"));
		String waiting = received();
		act("desk1", waiting, "request-supplement", "{\"missing\":[\"GCS\"],\"note\":\"Bản chụp mờ\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_SUPPLEMENT"));
		act("desk1", waiting, "withdraw", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.timeline[-1].status").value("WITHDRAWN"));

		String rejected = received();
		act("desk1", rejected, "reject", "{\"reasons\":[\"Không thuộc thẩm quyền\"]}").andExpect(status().isOk());
		act("desk1", rejected, "withdraw", "{}").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("dossier.illegal-transition"))
			.andExpect(jsonPath("$.title").value("Không thể thực hiện thao tác"))
			.andExpect(jsonPath("$.detail")
				.value("Hồ sơ đang ở trạng thái Từ chối tiếp nhận nên không thể thực hiện thao tác Rút hồ sơ."));
		String stopped = received();
		act("head1", stopped, "stop", "{\"reason\":\"Người nộp không đến bổ sung\"}").andExpect(status().isOk());
		inEnglish("desk1", stopped, "withdraw", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.illegal-transition"))
			.andExpect(jsonPath("$.title").value("Action not allowed"))
			.andExpect(jsonPath("$.detail").value("The dossier is Processing stopped, so Withdraw is not allowed."));
		String finished = finished();
		inEnglish("desk1", finished, "withdraw", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The dossier is Finished, so Withdraw is not allowed."));
		this.mvc.perform(get("/api/v1/dossiers/" + finished).header("Authorization", "Bearer demo-desk1"))
			.andExpect(jsonPath("$.status").value("FINISHED"));
		assertThat(published(received)).contains("DossierReceived", "Withdrawn");
		assertThat(published(waiting)).contains("SupplementRequested", "Withdrawn");
		assertThat(published(rejected)).doesNotContain("Withdrawn").contains("Rejected");
	}

	@Test
	void returnsToThePreviousStepAndItsOfficer() throws Exception {
		String code = received();
		act("desk1", code, "return-to-previous", "{\"note\":\"Chưa chuyển\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.illegal-transition"));
		act("desk1", code, "hand-over", "{\"toAccount\":\"specialist1\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[1].assignee").value("specialist1"));
		act("specialist1", code, "hand-over", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.steps.length()").value(3))
			.andExpect(jsonPath("$.steps[2].name").value("Phê duyệt, ký kết quả"));
		String back = act("approver1", code, "return-to-previous", "{\"note\":\"Thiếu xác minh nơi sinh\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROCESS"))
			.andExpect(jsonPath("$.nationalStatus").value(4))
			.andExpect(jsonPath("$.steps.length()").value(4))
			.andExpect(jsonPath("$.steps[2].endedAt").isNotEmpty())
			.andExpect(jsonPath("$.steps[3].name").value("Thẩm định hồ sơ"))
			.andExpect(jsonPath("$.steps[3].unit").value("000.20.01.H99/VHXH"))
			.andExpect(jsonPath("$.steps[3].assignee").value("specialist1"))
			.andExpect(jsonPath("$.steps[3].startedAt").isNotEmpty())
			.andExpect(jsonPath("$.steps[3].endedAt").value(nullValue()))
			.andExpect(jsonPath("$.events[-1].type").value("ReturnedToPreviousStep"))
			.andExpect(jsonPath("$.events[-1].by").value("approver1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(back, "$.steps[3].unit")).isEqualTo(JsonPath.read(back, "$.steps[1].unit"));
		// the plan's next step from there is the approver's again
		act("specialist1", code, "hand-over", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[4].name").value("Phê duyệt, ký kết quả"));
		assertThat(published(code)).contains("HandedOver", "ReturnedToPreviousStep");
	}

	@Test
	void extendsBeforeTheDueInstantWithAnApologyAndNotAfter() throws Exception {
		this.clock.moveToAWorkingMonday(this.calendar);
		String code = received();
		act("desk1", code, "hand-over", "{}").andExpect(status().isOk());
		Instant due = dueAt(show(code));
		ZoneId zone = this.calendar.zone();
		String later = due.plus(Duration.ofDays(2)).atZone(zone).toOffsetDateTime().toString();
		act("head1", code, "extend", "{\"newDueAt\":\"" + later + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.malformed"));
		String same = due.atZone(zone).toOffsetDateTime().toString();
		act("head1", code, "extend", "{\"newDueAt\":\"" + same + "\",\"reason\":\"Cần xác minh\"}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("dossier.extension-not-later"))
			.andExpect(jsonPath("$.title").value("Ngày hẹn trả mới chưa hợp lệ"))
			.andExpect(jsonPath("$.detail").value("Ngày hẹn trả mới phải sau hạn hiện tại."));
		this.mvc
			.perform(
					get("/api/v1/dossiers/" + code + "/forms/apology.pdf").header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("dossier.form-not-issued"));
		this.clock.advance(Duration.ofHours(1));
		String extended = act("head1", code, "extend",
				"{\"newDueAt\":\"" + later + "\",\"reason\":\"Cần xác minh thực địa nơi sinh\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROCESS"))
			.andExpect(jsonPath("$.events[-1].type").value("Extended"))
			.andExpect(jsonPath("$.events[-1].by").value("head1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Instant newDue = due.plus(Duration.ofDays(2));
		assertThat(dueAt(extended)).isEqualTo(newDue);
		byte[] apology = pdf("desk1", code, "apology");
		assertThat(pdf("head1", code, "apology")).isEqualTo(apology);
		try (PDDocument pdf = Loader.loadPDF(apology)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(code, "Cần xác minh thực địa nơi sinh");
		}
		this.clock.advance(Duration.between(this.clock.instant(), newDue).plusMinutes(1));
		String passed = due.plus(Duration.ofDays(5)).atZone(zone).toOffsetDateTime().toString();
		act("head1", code, "extend", "{\"newDueAt\":\"" + passed + "\",\"reason\":\"Lần nữa\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.illegal-transition"))
			.andExpect(jsonPath("$.detail")
				.value("Hồ sơ đang ở trạng thái Đang xử lý nên không thể thực hiện thao tác Gia hạn, xin lỗi."));
		assertThat(dueAt(show(code))).isEqualTo(newDue);
		assertThat(published(code)).contains("Extended");
	}

	@Test
	void stopsWithANoticeAndNotOnceFinished() throws Exception {
		String code = received();
		act("desk1", code, "hand-over", "{}").andExpect(status().isOk());
		act("head1", code, "stop", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.malformed"));
		act("head1", code, "stop", "{\"reason\":\"Người nộp đề nghị dừng giải quyết\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("STOPPED"))
			.andExpect(jsonPath("$.nationalStatus").value(8))
			.andExpect(jsonPath("$.steps[1].endedAt").isNotEmpty())
			.andExpect(jsonPath("$.events[-1].type").value("Stopped"))
			.andExpect(jsonPath("$.events[-1].by").value("head1"))
			.andExpect(jsonPath("$.events[*].type").value(hasItems("DossierReceived", "HandedOver", "Stopped")));
		byte[] notice = pdf("desk1", code, "stop-notice");
		assertThat(pdf("desk1", code, "stop-notice")).isEqualTo(notice);
		try (PDDocument pdf = Loader.loadPDF(notice)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(code, "Người nộp đề nghị dừng giải quyết");
		}
		act("head1", code, "stop", "{\"reason\":\"Lần nữa\"}").andExpect(status().isConflict());
		String finished = finished();
		inEnglish("head1", finished, "stop", "{\"reason\":\"Quá muộn\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.illegal-transition"))
			.andExpect(jsonPath("$.title").value("Action not allowed"))
			.andExpect(jsonPath("$.detail").value("The dossier is Finished, so Stop processing is not allowed."));
		this.mvc
			.perform(get("/api/v1/dossiers/" + finished + "/forms/stop-notice.pdf").header("Authorization",
					"Bearer demo-desk1"))
			.andExpect(status().isNotFound());
		assertThat(published(code)).contains("Stopped");
		assertThat(published(finished)).contains("ResultDrafted", "DossierFinished").doesNotContain("Stopped");
	}

	/**
	 * The simple names of the events published for a dossier, read from the publication
	 * registry once every publication of it was delivered (at most 30 s).
	 */
	private Set<String> published(String code) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline && pending(code) > 0) {
			Thread.sleep(50);
		}
		assertThat(pending(code)).as("publications of %s not completed", code).isZero();
		List<String> types = this.jdbc
			.sql("SELECT DISTINCT event_type FROM event_publication WHERE serialized_event LIKE ?")
			.param("%\"" + code + "\"%")
			.query(String.class)
			.list();
		Set<String> names = new TreeSet<>();
		types.forEach(t -> names.add(t.substring(t.lastIndexOf('.') + 1)));
		return names;
	}

	private long pending(String code) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL")
			.param("%\"" + code + "\"%")
			.query(Long.class)
			.single();
	}

	private String finished() throws Exception {
		String code = received();
		act("desk1", code, "hand-over", "{}").andExpect(status().isOk());
		act("specialist1", code, "hand-over", "{}").andExpect(status().isOk());
		act("approver1", code, "finish", "{\"resultDocumentId\":\"" + upload("approver1") + "\"}")
			.andExpect(status().isOk());
		act("approver1", code, "approve", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINISHED"));
		return code;
	}

	private String received() throws Exception {
		String body = """
				{"procedureCode":"1.001193","channel":"COUNTER",
				 "applicant":{"kind":"PERSON","idType":"PERSONAL_ID","idNumber":"%s","name":"Lê Văn Cường",
				   "birthDate":"1988-02-14","phone":"0987654321","address":"Thôn 2, xã Đông Sơn"},
				 "documents":[{"requiredDocumentCode":"TKKS","documentId":"%s"},
				              {"requiredDocumentCode":"GCS","documentId":"%s"}]}""".formatted(StaffApi.personalId(),
				upload("desk1"), upload("desk1"));
		String answer = this.mvc
			.perform(post("/api/v1/dossiers").header("Authorization", "Bearer demo-desk1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.code");
	}

	private String show(String code) throws Exception {
		return this.mvc.perform(get("/api/v1/dossiers/" + code).header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static Instant dueAt(String dossier) {
		return OffsetDateTime.parse(JsonPath.read(dossier, "$.dueAt")).toInstant();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock(@Value("${motcua.zone}") ZoneId zone) {
			return new MovableClock(zone);
		}

	}

	/**
	 * The system clock until a test moves it; from then on frozen where it was moved to,
	 * and only ever moved forward.
	 */
	static final class MovableClock extends Clock {

		private final ZoneId zone;

		private volatile Instant fixed;

		MovableClock(ZoneId zone) {
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			MovableClock moved = this;
			return new Clock() {

				@Override
				public ZoneId getZone() {
					return zone;
				}

				@Override
				public Clock withZone(ZoneId other) {
					return moved.withZone(other);
				}

				@Override
				public Instant instant() {
					return moved.instant();
				}

			};
		}

		@Override
		public Instant instant() {
			Instant at = this.fixed;
			return at == null ? Instant.now() : at;
		}

		synchronized void advance(Duration by) {
			assertThat(by).isPositive();
			this.fixed = instant().plus(by);
		}

		/**
		 * To 08:00 of a Monday at least a week ahead whose Monday to Wednesday are
		 * working days with the standard hours.
		 */
		synchronized void moveToAWorkingMonday(WorkingCalendar calendar) {
			LocalDate monday = LocalDate.ofInstant(instant(), this.zone)
				.plusWeeks(1)
				.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
			while (!(calendar.isWorkingDay(monday) && calendar.isWorkingDay(monday.plusDays(1))
					&& calendar.isWorkingDay(monday.plusDays(2)))) {
				monday = monday.plusWeeks(1);
			}
			this.fixed = monday.atTime(8, 0).atZone(this.zone).toInstant();
		}

	}

	private ResultActions act(String user, String code, String action, String body) throws Exception {
		return new StaffApi(this.mvc).act(user, code, action, body);
	}

	private ResultActions inEnglish(String user, String code, String action, String body) throws Exception {
		return new StaffApi(this.mvc).act(user, code, action, body, "en");
	}

	private byte[] pdf(String user, String code, String form) throws Exception {
		return new StaffApi(this.mvc).pdf(user, code, form);
	}

	private String upload(String user) throws Exception {
		return new StaffApi(this.mvc).upload(user);
	}

}
