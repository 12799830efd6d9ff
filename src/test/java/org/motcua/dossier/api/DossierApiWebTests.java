package org.motcua.dossier.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.motcua.signature.ChainStatus;
import org.motcua.signature.SignatureReport;
import org.motcua.signature.Signing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff dossier API and the public status lookup through HTTP, with the demo API keys
 * and papers uploaded first.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierApiWebTests {

	static final String CODE_PATTERN = "000\\.20\\.01\\.H99-\\d{6}-\\d{4}";

	static final String OFFSET_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?\\+07:00";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Signing signing;

	@Test
	void receivesAtTheDeskWithAReceiptServedAsTheSameBytes() throws Exception {
		String id = personalId();
		String answer = intake("desk1", null, body(id, upload("desk1"), upload("desk1")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.matchesPattern(CODE_PATTERN)))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.dueAt").value(org.hamcrest.Matchers.matchesPattern(OFFSET_INSTANT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = JsonPath.read(answer, "$.code");
		assertThat((String) JsonPath.read(answer, "$.receiptUrl"))
			.isEqualTo("/api/v1/dossiers/" + code + "/forms/receipt.pdf");
		byte[] first = pdf("desk1", code, "receipt");
		byte[] second = pdf("desk1", code, "receipt");
		assertThat(second).isEqualTo(first);
		try (PDDocument pdf = Loader.loadPDF(first)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(code);
		}
		this.mvc.perform(get("/api/v1/dossiers/" + code).header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.procedure.code").value("1.001193"))
			.andExpect(jsonPath("$.procedure.name").value("Đăng ký khai sinh"))
			.andExpect(jsonPath("$.nationalStatus").isNumber())
			.andExpect(jsonPath("$.receivedAt").value(org.hamcrest.Matchers.matchesPattern(OFFSET_INSTANT)))
			.andExpect(jsonPath("$.applicant.idNumber").value(id))
			.andExpect(jsonPath("$.documents.length()").value(2))
			.andExpect(jsonPath("$.documents[0].provenance").value("NOT_DIGITIZED"))
			.andExpect(jsonPath("$.steps[0].startedAt").value(org.hamcrest.Matchers.matchesPattern(OFFSET_INSTANT)));
		this.mvc
			.perform(
					get("/api/v1/dossiers/" + code + "/forms/refusal.pdf").header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("dossier.form-not-issued"));
	}

	@Test
	void signsTheReceiptWithTheAgencysKey() throws Exception {
		String code = received();

		byte[] receipt = pdf("desk1", code, "receipt");

		SignatureReport report = this.signing.validate(receipt);
		assertThat(report.isIntact()).isTrue();
		assertThat(report.signatures()).singleElement().satisfies(signature -> {
			assertThat(signature.signer()).isEqualTo("UBND xã Đông Sơn");
			assertThat(signature.chain()).isEqualTo(ChainStatus.TRUSTED);
		});
	}

	@Test
	void refusesMissingPapersUnknownUploadsAndBadBodies() throws Exception {
		String one = upload("desk1");
		intake("desk1", null, """
				{"procedureCode":"1.001193","channel":"COUNTER",
				 "applicant":{"kind":"PERSON","idType":"PERSONAL_ID","idNumber":"%s","name":"Nguyễn Văn A"},
				 "documents":[{"requiredDocumentCode":"TKKS","documentId":"%s"}]}""".formatted(personalId(), one))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.missing-documents"))
			.andExpect(jsonPath("$.missing[0]").value("GCS"));
		intake("desk1", null, body(personalId(), one, "0".repeat(64))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.invalid"))
			.andExpect(jsonPath("$.errors[0].field").value("documents[1].documentId"));
		intake("desk1", null, "{\"channel\":\"COUNTER\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.invalid"))
			.andExpect(
					jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("procedureCode", "applicant")));
		intake("desk1", null, body("12345", one, upload("desk1"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("applicant.idNumber"));
		intake("desk1", null, """
				{"procedureCode":"9.999999","channel":"COUNTER",
				 "applicant":{"kind":"PERSON","idType":"PERSONAL_ID","idNumber":"%s","name":"Nguyễn Văn A"},
				 "documents":[]}""".formatted(personalId())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.unknown-procedure"))
			.andExpect(jsonPath("$.detail").value("Không có thủ tục mã 9.999999 đang được công bố."));
	}

	@Test
	void answersTheFirstAnswerForTheSameIdempotencyKey() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = body(personalId(), upload("desk1"), upload("desk1"));
		String first = intake("desk1", key, body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long dossiers = countDossiers();
		String again = intake("desk1", key, body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).isEqualTo(first);
		assertThat(countDossiers()).isEqualTo(dossiers);
		intake("desk1", key, body(personalId(), upload("desk1"), upload("desk1"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.idempotency-conflict"));
		assertThat(countDossiers()).isEqualTo(dossiers);
	}

	@Test
	void takesADossierThroughItsWholeLifeByTheApi() throws Exception {
		String code = received();
		act("desk1", code, "hand-over", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROCESS"))
			.andExpect(jsonPath("$.steps.length()").value(2));
		act("specialist1", code, "request-supplement", "{\"missing\":[\"GCS\"],\"note\":\"Bản chụp mờ\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_SUPPLEMENT"));
		byte[] request = pdf("specialist1", code, "supplement-request");
		try (PDDocument pdf = Loader.loadPDF(request)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(code);
		}
		act("desk1", code, "supplement",
				"{\"documents\":[{\"requiredDocumentCode\":\"GCS\",\"documentId\":\"" + upload("desk1") + "\"}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROCESS"));
		act("specialist1", code, "hand-over", "{\"toStep\":2}").andExpect(status().isOk());
		byte[] slip = pdf("desk1", code, "control-slip");
		assertThat(pdf("desk1", code, "control-slip")).isEqualTo(slip);
		act("approver1", code, "finish", "{\"resultDocumentId\":\"" + upload("approver1") + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
		act("desk1", code, "approve", "{}").andExpect(status().isForbidden());
		act("approver1", code, "approve", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINISHED"))
			.andExpect(jsonPath("$.result.approvedBy").value("approver1"))
			.andExpect(jsonPath("$.finishedAt").value(org.hamcrest.Matchers.matchesPattern(OFFSET_INSTANT)));
		act("desk1", code, "return-result", "{\"how\":\"COUNTER\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESULT_RETURNED"));
		act("desk1", code, "rate", "{\"score\":5,\"comment\":\"Nhanh\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.rating.score").value(5));
		act("desk1", code, "rate", "{\"score\":4}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.illegal-transition"));
	}

	@Test
	void refusesAnIllegalActionWithAProblemInTheCallersLanguage() throws Exception {
		String code = received();
		act("desk1", code, "approve", "{}").andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/dossiers/" + code + "/return-result").header("Authorization", "Bearer demo-desk1")
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"how\":\"COUNTER\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("dossier.illegal-transition"))
			.andExpect(jsonPath("$.title").value("Action not allowed"))
			.andExpect(jsonPath("$.detail").value("The dossier is Received, so Return the result is not allowed."));
		act("desk1", code, "return-result", "{\"how\":\"COUNTER\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Không thể thực hiện thao tác"));
		act("desk1", code, "reject", "{}").andExpect(status().isBadRequest());
		act("desk1", code, "no-such-action", "{}").andExpect(status().isNotFound());
	}

	@Test
	void hidesADossierFromAnotherAgency() throws Exception {
		String code = received();
		this.mvc.perform(get("/api/v1/dossiers/" + code).header("Authorization", "Bearer demo-desk3"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("dossier.not-found"));
		String unknown = this.mvc
			.perform(get("/api/v1/dossiers/000.20.01.H99-200101-9999").header("Authorization", "Bearer demo-desk3"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown).contains("dossier.not-found");
		act("desk3", code, "hand-over", "{}").andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/dossiers").param("q", code).header("Authorization", "Bearer demo-desk3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.items.length()").value(0));
		this.mvc.perform(get("/api/v1/dossiers").param("q", code).header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].code").value(code));
		this.mvc.perform(get("/api/v1/dossiers").param("q", code).header("Authorization", "Bearer demo-admin"))
			.andExpect(jsonPath("$.total").value(1));
		this.mvc
			.perform(get("/api/v1/dossiers").param("size", "100000")
				.param("status", "RECEIVED")
				.header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(500)));
	}

	@Test
	void showsThePublicStatusOnlyWithTheRightCheck() throws Exception {
		String id = personalId();
		String code = JsonPath
			.read(intake("desk1", null, body(id, upload("desk1"), upload("desk1"))).andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.code");
		this.mvc.perform(get("/api/v1/dossiers/" + code + "/status").param("check", id.substring(8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.procedure.code").value("1.001193"))
			.andExpect(jsonPath("$.procedure.name").value("Đăng ký khai sinh"))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.nationalStatus").isNumber())
			.andExpect(jsonPath("$.receivedAt").value(org.hamcrest.Matchers.matchesPattern(OFFSET_INSTANT)))
			.andExpect(jsonPath("$.dueAt").value(org.hamcrest.Matchers.matchesPattern(OFFSET_INSTANT)))
			.andExpect(jsonPath("$.timeline[0].status").exists())
			.andExpect(jsonPath("$.applicant").doesNotExist());
		String unknown = this.mvc
			.perform(get("/api/v1/dossiers/000.20.01.H99-200101-9999/status").param("check", "1234"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String wrong = this.mvc.perform(get("/api/v1/dossiers/" + code + "/status").param("check", "0000"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String missing = this.mvc.perform(get("/api/v1/dossiers/" + code + "/status"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrong.replace(code, "X")).isEqualTo(unknown.replace("000.20.01.H99-200101-9999", "X"));
		assertThat(missing).isEqualTo(wrong);
	}

	@Test
	void letsStaffWhoSeeADossierDownloadItsPapersAndIssuesTheRefusal() throws Exception {
		String paper = upload("desk1");
		String code = JsonPath
			.read(intake("desk1", null, body(personalId(), paper, upload("desk1"))).andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.code");
		this.mvc.perform(get("/api/v1/documents/" + paper).header("Authorization", "Bearer demo-specialist1"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/documents/" + paper).header("Authorization", "Bearer demo-desk3"))
			.andExpect(status().isNotFound());
		act("desk1", code, "reject", "{\"reasons\":[\"Không thuộc thẩm quyền\"]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		try (PDDocument pdf = Loader.loadPDF(pdf("desk1", code, "refusal"))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(code);
		}
	}

	@Test
	void answersAnonymousCallsOnStaffEndpointsWith401() throws Exception {
		this.mvc.perform(get("/api/v1/dossiers"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("auth.unauthenticated"));
		this.mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/dossiers/000.20.01.H99-200101-9999/forms/receipt.pdf"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void issuesAReceiptNotIssuedAtReceiptOnceOnItsFirstRequests() throws Exception {
		String code = received();
		this.jdbc.sql("DELETE FROM issued_form WHERE dossier_code = :code AND kind = 'RECEIPT'")
			.param("code", code)
			.update();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> answers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				answers.add(threads.submit(() -> pdf("desk1", code, "receipt")));
			}
			Set<String> distinct = new HashSet<>();
			for (Future<byte[]> answer : answers) {
				distinct.add(Arrays.toString(answer.get(60, TimeUnit.SECONDS)));
			}
			assertThat(distinct).hasSize(1);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM issued_form WHERE dossier_code = :code AND kind = 'RECEIPT'")
			.param("code", code)
			.query(Long.class)
			.single()).isOne();
	}

	private String received() throws Exception {
		return JsonPath.read(intake("desk1", null, body(personalId(), upload("desk1"), upload("desk1")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.code");
	}

	private ResultActions intake(String user, String key, String body) throws Exception {
		var request = post("/api/v1/dossiers").header("Authorization", "Bearer demo-" + user)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return this.mvc.perform(request);
	}

	private static String body(String idNumber, String tkks, String gcs) {
		return """
				{"procedureCode":"1.001193","channel":"COUNTER",
				 "applicant":{"kind":"PERSON","idType":"PERSONAL_ID","idNumber":"%s","name":"Trần Thị Bình",
				   "birthDate":"1990-05-01","phone":"0912345678","address":"Thôn 1, xã Đông Sơn"},
				 "documents":[{"requiredDocumentCode":"TKKS","documentId":"%s"},
				              {"requiredDocumentCode":"GCS","documentId":"%s"}]}""".formatted(idNumber, tkks, gcs);
	}

	private long countDossiers() {
		return this.jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
	}

	private ResultActions act(String user, String code, String action, String body) throws Exception {
		return new StaffApi(this.mvc).act(user, code, action, body);
	}

	private byte[] pdf(String user, String code, String form) throws Exception {
		return new StaffApi(this.mvc).pdf(user, code, form);
	}

	private String upload(String user) throws Exception {
		return new StaffApi(this.mvc).upload(user);
	}

	private static String personalId() {
		return StaffApi.personalId();
	}

}
