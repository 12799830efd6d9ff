package org.motcua.dossier.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.motcua.TestPapers;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IdType;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.forms.FormKind;
import org.motcua.dossier.forms.Forms;
import org.motcua.dossier.forms.PdfReading;
import org.motcua.shared.AgencyCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The desk pages with a session login: intake with uploaded papers, its refusals and its
 * idempotency, the known-applicant lookup, the queue of online dossiers, the tracking
 * book, and the scope of a desk.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeskWebTests {

	static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\"[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DossierWork work;

	@Autowired
	Forms forms;

	@Test
	void receivesADossierWithTwoUploadedPapersAndIssuesItsReceipt() throws Exception {
		this.mvc.perform(get("/desk/intake").param("procedure", "1.001193").with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tờ khai đăng ký khai sinh")))
			.andExpect(content().string(containsString("bắt buộc")));
		String id = personalId();
		long before = countDossiers();
		String preview = this.mvc
			.perform(preview("desk1", id, "Trần Thị Bình", UUID.randomUUID().toString()).file(pdf(0)).file(pdf(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kiểm tra trước khi tiếp nhận")))
			.andExpect(content().string(containsString("Ngày hẹn trả kết quả")))
			.andExpect(content().string(containsString("id=\"due-at\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, String> hidden = hidden(preview);
		assertThat(hidden.get("papers[0].documentId")).matches("[0-9a-f]{64}");
		assertThat(hidden.get("papers[1].documentId")).matches("[0-9a-f]{64}");
		assertThat(countDossiers()).isEqualTo(before);
		String code = confirm("desk1", hidden);
		DossierView dossier = this.work.find(code).orElseThrow();
		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(dossier.channel()).isEqualTo(Channel.COUNTER);
		assertThat(dossier.applicant().idNumber()).isEqualTo(id);
		assertThat(dossier.documents()).extracting(DossierView.Document::provenance)
			.containsExactly(Provenance.NOT_DIGITIZED, Provenance.NOT_DIGITIZED);
		assertThat(this.forms.find(code, FormKind.RECEIPT)).isPresent();
		this.mvc.perform(get("/desk/received/" + code).with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("/dossiers/" + code + "/forms/receipt.pdf")));
		PdfReading receipt = PdfReading.of(form("desk1", code, "receipt"));
		assertThat(receipt.flatText()).contains(code).contains("Trần Thị Bình");
		assertThat(form("desk1", code, "receipt")).isEqualTo(form("desk1", code, "receipt"));
	}

	@Test
	void showsARefusedUploadNextToItsPaperAndReceivesNothing() throws Exception {
		long before = countDossiers();
		String page = this.mvc
			.perform(preview("desk1", personalId(), "Lê Văn Cường", UUID.randomUUID().toString())
				.file(new MockMultipartFile("papers[0].file", "to-khai.pdf", "application/pdf", new byte[0]))
				.file(new MockMultipartFile("papers[1].file", "giay-chung-sinh.pdf", "application/pdf",
						"not a pdf at all".getBytes())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tệp không có nội dung hoặc không có trang nào")))
			.andExpect(content().string(containsString("Nội dung tệp không phải PDF, JPEG, PNG hay TIFF")))
			.andExpect(content().string(not(containsString("id=\"confirm\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"upload-refused\"");
		assertThat(hidden(page).get("papers[0].documentId")).isEmpty();
		assertThat(countDossiers()).isEqualTo(before);
	}

	@Test
	void refusesAMissingMandatoryPaperAndABadIdNumber() throws Exception {
		long before = countDossiers();
		this.mvc.perform(preview("desk1", personalId(), "Phạm Thị Dung", UUID.randomUUID().toString()).file(pdf(0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Còn thiếu các thành phần hồ sơ bắt buộc")))
			.andExpect(content().string(containsString("Giấy chứng sinh hoặc văn bản")))
			.andExpect(content().string(not(containsString("id=\"confirm\""))));
		this.mvc.perform(preview("desk1", "12345678901", "", UUID.randomUUID().toString()).file(pdf(0)).file(pdf(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số định danh cá nhân phải gồm đúng 12 chữ số.")))
			.andExpect(content().string(containsString("Nhập họ và tên")));
		Map<String, String> onlyOne = new LinkedHashMap<>(Map.of("procedure", "1.001193", "key",
				UUID.randomUUID().toString(), "applicant.kind", "PERSON", "applicant.idType", "PERSONAL_ID",
				"applicant.idNumber", personalId(), "applicant.name", "Phạm Thị Dung", "papers[0].code", "TKKS",
				"papers[0].handedIn", "true", "papers[1].code", "GCS"));
		this.mvc.perform(params(post("/desk/intake"), onlyOne).with(as("desk1")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Còn thiếu các thành phần hồ sơ bắt buộc")));
		assertThat(countDossiers()).isEqualTo(before);
	}

	@Test
	void fillsInAKnownApplicantFoundByIdNumber() throws Exception {
		String id = personalId();
		receive("desk1", id, "Hoàng Thị Én");
		String page = this.mvc
			.perform(multipart("/desk/intake/lookup").param("procedure", "1.001193")
				.param("key", UUID.randomUUID().toString())
				.param("applicant.idNumber", id)
				.with(as("desk1"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lookup-found\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(page)).contains("value=\"Hoàng Thị Én\"")
			.contains("value=\"1990-05-01\"")
			.contains("value=\"0912345678\"")
			.contains("value=\"Thôn 1, xã Đông Sơn\"");
		this.mvc
			.perform(multipart("/desk/intake/lookup").param("procedure", "1.001193")
				.param("applicant.idNumber", personalId())
				.with(as("desk1"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lookup-unknown\"")));
	}

	@Test
	void receivesOnceWhenTheConfirmationIsSubmittedTwice() throws Exception {
		Map<String, String> hidden = hidden(this.mvc
			.perform(preview("desk1", personalId(), "Đỗ Văn Giang", UUID.randomUUID().toString()).file(pdf(0))
				.file(pdf(1)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		long before = countDossiers();
		String first = confirm("desk1", hidden);
		String second = confirm("desk1", hidden);
		assertThat(second).isEqualTo(first);
		assertThat(countDossiers()).isEqualTo(before + 1);
	}

	@Test
	void receivesAndRefusesOnlineDossiersFromTheQueue() throws Exception {
		String first = submittedOnline("Ngô Thị Hoa");
		String second = submittedOnline("Bùi Văn Khánh");
		String queue = this.mvc.perform(get("/desk/queue").with(as("desk1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(queue).contains(first).contains(second);
		assertThat(queue.indexOf(first)).isLessThan(queue.indexOf(second));
		this.mvc.perform(post("/desk/queue/" + first + "/receive").with(as("desk1")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.work.find(first).orElseThrow().status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(PdfReading.of(form("desk1", first, "receipt")).flatText()).contains(first);
		this.mvc.perform(get("/desk/queue").with(as("desk1")))
			.andExpect(content().string(not(containsString("id=\"dossier-" + first + "\""))));
		this.mvc.perform(get("/desk/queue/" + second + "/reject").with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bùi Văn Khánh")));
		this.mvc
			.perform(post("/desk/queue/" + second + "/reject").param("reasons", "  ").with(as("desk1")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập ít nhất một lý do từ chối")));
		assertThat(this.work.find(second).orElseThrow().status()).isEqualTo(DossierStatus.SUBMITTED);
		this.mvc
			.perform(post("/desk/queue/" + second + "/reject")
				.param("reasons", "Không thuộc thẩm quyền giải quyết\nThiếu giấy chứng sinh")
				.with(as("desk1"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("done"));
		assertThat(this.work.find(second).orElseThrow().status()).isEqualTo(DossierStatus.REJECTED);
		assertThat(PdfReading.of(form("desk1", second, "refusal")).flatText()).contains(second)
			.contains("Không thuộc thẩm quyền giải quyết");
	}

	@Test
	void showsAndPrintsTheTrackingBookOfThePeriod() throws Exception {
		String code = receive("desk1", personalId(), "Vũ Thị Lan");
		LocalDate day = this.work.find(code)
			.orElseThrow()
			.receivedAt()
			.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
			.toLocalDate();
		this.mvc.perform(get("/desk/book").param("from", day.toString()).param("to", day.toString()).with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("Vũ Thị Lan")))
			.andExpect(content().string(containsString("Đăng ký khai sinh")))
			.andExpect(content().string(containsString("/desk/book.pdf?from=" + day + "&amp;to=" + day)));
		byte[] pdf = this.mvc
			.perform(get("/desk/book.pdf").param("from", day.toString()).param("to", day.toString()).with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", "DeskWebTests-tracking-book.pdf"), pdf);
		PdfReading book = PdfReading.of(pdf);
		assertThat(book.isA4Landscape()).isTrue();
		assertThat(book.flatText()).contains("SỔ THEO DÕI HỒ SƠ").contains(code).contains("Vũ Thị Lan");
		this.mvc
			.perform(get("/desk/book").param("from", day.toString())
				.param("to", day.minusDays(3).toString())
				.with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày bắt đầu phải trước ngày kết thúc.")));
		this.mvc.perform(get("/desk/book").param("from", day.toString()).param("to", day.toString()).with(as("desk3")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(code))));
	}

	@Test
	void answersAnotherAgencysOfficerWithNotFound() throws Exception {
		String code = receive("desk1", personalId(), "Trịnh Văn Minh");
		String waiting = submittedOnline("Lý Thị Ngọc");
		this.mvc.perform(get("/desk/received/" + code).with(as("desk3"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/dossiers/" + code + "/forms/receipt.pdf").with(as("desk3")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/dossiers/" + code + "/forms/refusal.pdf").with(as("desk1")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/desk/queue/" + waiting + "/reject").with(as("desk3"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/desk/queue/" + waiting + "/receive").with(as("desk3")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/desk/queue").with(as("desk3")))
			.andExpect(content().string(not(containsString(waiting))));
		assertThat(this.work.find(waiting).orElseThrow().status()).isEqualTo(DossierStatus.SUBMITTED);
		this.mvc.perform(get("/desk/intake").with(as("specialist1"))).andExpect(status().isForbidden());
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		this.mvc.perform(get("/desk/intake").param("lang", "en").with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Receive a dossier at the desk")));
		this.mvc.perform(get("/desk/queue").with(as("desk1")))
			.andExpect(content().string(containsString("Hồ sơ trực tuyến và bưu chính chờ tiếp nhận")));
	}

	private String receive(String user, String id, String name) throws Exception {
		return confirm(user,
				hidden(this.mvc.perform(preview(user, id, name, UUID.randomUUID().toString()).file(pdf(0)).file(pdf(1)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString()));
	}

	private String confirm(String user, Map<String, String> hidden) throws Exception {
		MvcResult result = this.mvc.perform(params(post("/desk/intake"), hidden).with(as(user)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/desk/received/*"))
			.andReturn();
		return result.getResponse().getRedirectedUrl().substring("/desk/received/".length());
	}

	private String submittedOnline(String name) {
		Applicant applicant = new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, personalId(), name, null, null, null,
				"Xã Đông Sơn");
		return this.work
			.submitOnline(
					new IntakeCommand("1.001193", AgencyCode.of("000.20.01.H99"), Channel.ONLINE, applicant, null,
							List.of(new SubmittedDocument("TKKS", null, null, Provenance.NOT_DIGITIZED),
									new SubmittedDocument("GCS", null, null, Provenance.NOT_DIGITIZED))),
					"citizen")
			.code();
	}

	private MockMultipartHttpServletRequestBuilder preview(String user, String id, String name, String key) {
		MockMultipartHttpServletRequestBuilder request = multipart("/desk/intake/preview");
		request.param("procedure", "1.001193")
			.param("key", key)
			.param("applicant.kind", "PERSON")
			.param("applicant.idType", "PERSONAL_ID")
			.param("applicant.idNumber", id)
			.param("applicant.name", name)
			.param("applicant.birthDate", "1990-05-01")
			.param("applicant.phone", "0912345678")
			.param("applicant.address", "Thôn 1, xã Đông Sơn")
			.param("papers[0].code", "TKKS")
			.param("papers[1].code", "GCS")
			.param("papers[2].code", "GCNKH")
			.param("papers[3].code", "UQ");
		request.with(as(user)).with(csrf());
		return request;
	}

	private static <B extends MockHttpServletRequestBuilder> B params(B request, Map<String, String> values) {
		values.forEach(request::param);
		return request;
	}

	private byte[] form(String user, String code, String form) throws Exception {
		return this.mvc.perform(get("/dossiers/" + code + "/forms/" + form + ".pdf").with(as(user)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** The hidden fields of the page but the CSRF token. */
	static Map<String, String> hidden(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher m = HIDDEN.matcher(html);
		while (m.find()) {
			if (!m.group(1).equals("_csrf")) {
				fields.put(m.group(1), HtmlUtils.htmlUnescape(m.group(2)));
			}
		}
		return fields;
	}

	RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

	private long countDossiers() {
		return this.jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
	}

	static String personalId() {
		return "0360990" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
	}

	static MockMultipartFile pdf(int paper) throws IOException {
		return new MockMultipartFile("papers[" + paper + "].file", "giay-" + paper + ".pdf", "application/pdf",
				TestPapers.pdf("Paper"));
	}

}
