package org.motcua.dossier.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.motcua.TestPapers;
import org.motcua.document.Documents;
import org.motcua.dossier.DossierFinished;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWork;
import org.motcua.signature.SignatureReport;
import org.motcua.signature.Signing;
import org.motcua.warehouse.ItemKind;
import org.motcua.warehouse.OwnerId;
import org.motcua.warehouse.SignatureStatus;
import org.motcua.warehouse.Warehouse;
import org.motcua.warehouse.WarehouseItem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
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
 * Results signed at approval, deposited in the owner's warehouse, certified copies, and
 * the public verification by code and by upload, through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultsWebTests {

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	Signing signing;

	@Autowired
	Documents documents;

	@Autowired
	Warehouse warehouse;

	@Autowired
	Results results;

	@Autowired
	ResultDeposit deposit;

	@Autowired
	CertifiedCopies copies;

	@Autowired
	DossierWork work;

	@Test
	void approvalSignsTheResultAsTheApproverAndVerificationSaysGenuine() throws Exception {
		Finished finished = finish();
		DossierView dossier = this.work.find(finished.code()).orElseThrow();
		String signedId = dossier.result().documentId();
		assertThat(signedId).isNotEqualTo(finished.draftId());
		byte[] signed = read(signedId);
		SignatureReport report = this.signing.validate(signed);
		assertThat(report.isIntact()).isTrue();
		assertThat(report.signatures()).hasSize(1);
		assertThat(report.signatures().get(0).certificateSubject()).contains("approver1");
		assertThat(pdfsig(signed)).as("pdfsig on the signed result").containsExactly("Signature is Valid.");

		IssuedDocument issued = this.results.issuedResult(finished.code()).orElseThrow();
		assertThat(issued.documentId()).isEqualTo(signedId);
		assertThat(issued.typeCode()).isEqualTo("GKS");
		assertThat(issued.signedBy()).isEqualTo("approver1");

		this.mvc.perform(get("/api/v1/verify/" + issued.verificationCode().value().toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.genuine").value(true))
			.andExpect(jsonPath("$.documentId").value(signedId))
			.andExpect(jsonPath("$.dossierCode").value(finished.code()))
			.andExpect(jsonPath("$.kind").value("RESULT"))
			.andExpect(jsonPath("$.signatures[0].intact").value(true))
			.andExpect(jsonPath("$.signatures[0].certificateSubject").value(containsString("approver1")))
			.andExpect(jsonPath("$.signatures[0].signedAt").value(containsString("+07:00")));
		upload(signed).andExpect(status().isOk())
			.andExpect(jsonPath("$.genuine").value(true))
			.andExpect(jsonPath("$.documentId").value(signedId))
			.andExpect(jsonPath("$.kind").value("RESULT"));

		byte[] altered = signed.clone();
		int at = 10;
		altered[at] = (byte) (altered[at] ^ 0x01);
		assertThat(this.signing.validate(altered).isIntact()).isFalse();
		upload(altered).andExpect(status().isOk())
			.andExpect(jsonPath("$.genuine").value(false))
			.andExpect(jsonPath("$.documentId").doesNotExist())
			.andExpect(jsonPath("$.signatures[0].intact").value(false));

		this.mvc.perform(get("/verify/" + issued.verificationCode().value()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hợp lệ")))
			.andExpect(content().string(containsString(finished.code())));
	}

	@Test
	void theResultLandsInTheOwnersWarehouseOnceEvenWhenTheEventComesTwice() throws Exception {
		Finished finished = finish();
		OwnerId owner = OwnerId.parse(finished.idNumber());
		await().atMost(Duration.ofSeconds(30)).until(() -> !results(owner).isEmpty());
		// the event delivered again, as the publication registry does after a failure
		this.deposit.on(finishedEvent(finished.code()));
		this.deposit.on(finishedEvent(finished.code()));
		List<WarehouseItem> items = results(owner);
		assertThat(items).hasSize(1);
		WarehouseItem item = items.get(0);
		assertThat(item.typeCode()).isEqualTo("GKS");
		assertThat(item.documentId()).isEqualTo(this.work.find(finished.code()).orElseThrow().result().documentId());
		assertThat(item.signature().status()).isEqualTo(SignatureStatus.SIGNED_INTACT);
		assertThat(item.provenance().dossierCode()).isEqualTo(finished.code());
		assertThat(item.provenance().handledBy()).isEqualTo("approver1");
		assertThat(item.data()).containsEntry("fullName", "Lê Thị Hoa");
	}

	@Test
	void certifiesACopyFromTheDossierPageWithinTheOfficersScopeOnly() throws Exception {
		Finished received = receive();
		String page = "/dossiers/" + received.code();
		this.mvc
			.perform(post(page + "/certify-copy").param("paper", "TKKS")
				.with(user(this.users.loadUserByUsername("desk1")))
				.with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flash", containsString("Đã chứng thực bản sao TKKS")));
		this.mvc
			.perform(post(page + "/certify-copy").param("paper", "UQ")
				.with(user(this.users.loadUserByUsername("desk1")))
				.with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("failure", containsString("UQ")));
		this.mvc
			.perform(post(page + "/certify-copy").param("paper", "TKKS")
				.with(user(this.users.loadUserByUsername("desk3")))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.warehouse.items(OwnerId.parse(received.idNumber()))
			.stream()
			.filter(i -> i.kind() == ItemKind.CERTIFIED_COPY)
			.toList()).singleElement().satisfies(i -> assertThat(i.typeCode()).isEqualTo("TKKS"));
	}

	@Test
	void aCertifiedCopyIsSignedByTheAgencyAndDeposited() throws Exception {
		Finished received = receive();
		DossierView dossier = this.work.find(received.code()).orElseThrow();
		IssuedDocument copy = this.copies.certify(dossier, "TKKS", "desk1");
		byte[] pdf = read(copy.documentId());
		SignatureReport report = this.signing.validate(pdf);
		assertThat(report.isIntact()).isTrue();
		assertThat(report.signatures().get(0).certificateSubject()).contains("Đông Sơn");
		assertThat(pdfsig(pdf)).containsExactly("Signature is Valid.");
		assertThat(this.work.find(received.code()).orElseThrow().events())
			.anyMatch(e -> e.type().equals("CopyCertified") && "TKKS".equals(e.note()));
		List<WarehouseItem> items = this.warehouse.items(OwnerId.parse(received.idNumber()))
			.stream()
			.filter(i -> i.kind() == ItemKind.CERTIFIED_COPY)
			.toList();
		assertThat(items).singleElement().satisfies(i -> {
			assertThat(i.documentId()).isEqualTo(copy.documentId());
			assertThat(i.typeCode()).isEqualTo("TKKS");
			assertThat(i.signature().isIntact()).isTrue();
		});
		this.mvc.perform(get("/api/v1/verify/" + copy.verificationCode().value()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.genuine").value(true))
			.andExpect(jsonPath("$.kind").value("CERTIFIED_COPY"));
	}

	@Test
	void badUploadsAndUnknownCodesAreRefused() throws Exception {
		upload("not a pdf at all".getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		byte[] pdf = pdf("truncated");
		byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length / 2);
		upload(truncated).andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/api/v1/verify/7K2M-Q9XD-4TRA"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("verify.not-found"));
		this.mvc.perform(get("/api/v1/verify/not-a-code"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("verify.not-found"));
		upload(pdf("never issued")).andExpect(status().isOk()).andExpect(jsonPath("$.genuine").value(false));
		this.mvc.perform(get("/verify/7K2M-Q9XD-4TRA"))
			.andExpect(status().isNotFound())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Không có văn bản nào mang mã xác minh 7K2M-Q9XD-4TRA")));
	}

	private List<WarehouseItem> results(OwnerId owner) {
		return this.warehouse.items(owner).stream().filter(i -> i.kind() == ItemKind.RESULT).toList();
	}

	private DossierFinished finishedEvent(String code) {
		return new DossierFinished(
				new org.motcua.dossier.DossierFacts(code, "1.001193", 1, null, null, null, null, null, null, null, null,
						null, null, null, null, null, null, 0, false, null),
				"approver1", java.time.Instant.now(), null);
	}

	record Finished(String code, String idNumber, String draftId) {

	}

	Finished receive() throws Exception {
		String id = "0340991" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
		String body = """
				{"procedureCode":"1.001193","channel":"COUNTER",
				 "applicant":{"kind":"PERSON","idType":"PERSONAL_ID","idNumber":"%s","name":"Lê Văn Cường",
				   "birthDate":"1988-02-14","phone":"0987654321","address":"Thôn 2, xã Đông Sơn"},
				 "documents":[{"requiredDocumentCode":"TKKS","documentId":"%s"},
				              {"requiredDocumentCode":"GCS","documentId":"%s"}]}""".formatted(id, store("desk1"),
				store("desk1"));
		String answer = this.mvc
			.perform(post("/api/v1/dossiers").header("Authorization", "Bearer demo-desk1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Finished(JsonPath.read(answer, "$.code"), id, null);
	}

	Finished finish() throws Exception {
		Finished waiting = awaitingApproval();
		String code = waiting.code();
		act("approver1", code, "approve", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINISHED"))
			.andExpect(jsonPath("$.result.approvedBy").value("approver1"));
		return waiting;
	}

	Finished awaitingApproval() throws Exception {
		Finished received = receive();
		String code = received.code();
		act("desk1", code, "hand-over", "{}").andExpect(status().isOk());
		act("specialist1", code, "hand-over", "{}").andExpect(status().isOk());
		String draft = store("approver1");
		act("approver1", code, "finish", "{\"resultDocumentId\":\"" + draft + "\"}").andExpect(status().isOk());
		this.results.enterFields(this.work.find(code).orElseThrow(), "GKS",
				java.util.Map.of("fullName", "Lê Thị Hoa", "birthDate", "2026-11-20", "personalId", "034326000123",
						"placeOfBirth", "Đông Sơn", "fatherName", "Lê Văn Cường", "motherName", "Nguyễn Thị Hạnh"),
				"approver1");
		return new Finished(code, received.idNumber(), draft);
	}

	ResultActions act(String user, String code, String action, String body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/dossiers/" + code + "/" + action).header("Authorization", "Bearer demo-" + user)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}

	ResultActions upload(byte[] bytes) throws Exception {
		return this.mvc.perform(
				multipart("/api/v1/verify").file(new MockMultipartFile("file", "x.pdf", "application/pdf", bytes)));
	}

	String store(String user) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "giay.pdf", "application/pdf", pdf("Giay to"));
		String answer = this.mvc
			.perform(multipart("/api/v1/documents").file(file).header("Authorization", "Bearer demo-" + user))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.documentId");
	}

	byte[] read(String documentId) throws IOException {
		try (InputStream in = this.documents.open(documentId)) {
			return in.readAllBytes();
		}
	}

	static byte[] pdf(String line) {
		return TestPapers.pdf(line);
	}

	/** What poppler's pdfsig (certificate checks off) says of each signature. */
	static List<String> pdfsig(byte[] pdf) throws IOException, InterruptedException {
		assumeThat(Files.isExecutable(Path.of("/usr/bin/pdfsig"))).as("poppler's pdfsig").isTrue();
		Path file = Files.createTempFile("signed", ".pdf");
		try {
			Files.write(file, pdf);
			Process process = new ProcessBuilder("pdfsig", "-nocert", file.toString()).redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("pdfsig did not finish");
			}
			return output.lines()
				.filter(l -> l.contains("Signature Validation:"))
				.map(l -> l.substring(l.indexOf(':') + 1).trim())
				.toList();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
