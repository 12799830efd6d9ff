package org.motcua.dossier.web;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.motcua.account.StaffDirectory;
import org.motcua.document.Documents;
import org.motcua.dossier.Action;
import org.motcua.dossier.ActionBody;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.Channel;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWork;
import org.motcua.dossier.IdType;
import org.motcua.dossier.IntakeCommand;
import org.motcua.dossier.PaperMetadata;
import org.motcua.dossier.PartyKind;
import org.motcua.dossier.Provenance;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.dossier.api.DossierDesk;
import org.motcua.shared.Actor;
import org.motcua.shared.AgencyCode;
import org.motcua.signature.SignatureCheck;
import org.motcua.signature.SignatureReport;
import org.motcua.signature.Signing;
import org.motcua.warehouse.OwnerId;
import org.motcua.warehouse.SignatureStatus;
import org.motcua.warehouse.Warehouse;
import org.motcua.warehouse.WarehouseItem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Digitization at the desk: papers with metadata signed with the officer's key and
 * deposited in the applicant's warehouse, reuse of warehouse items through the page and
 * the API, sign-all on the dossier's page, and staff access to a warehouse only during a
 * dossier of its owner.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DigitizeWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	DossierWork work;

	@Autowired
	DossierDesk desk;

	@Autowired
	Documents documents;

	@Autowired
	Signing signing;

	@Autowired
	Warehouse warehouse;

	@Autowired
	StaffDirectory staff;

	@Test
	void intakeWithMetadataStoresThePaperSignedByTheOfficerAndDepositsIt() throws Exception {
		String id = DeskWebTests.personalId();
		String code = receiveWithGcnkh(id);
		DossierView dossier = this.work.find(code).orElseThrow();
		DossierView.Document gcnkh = paper(dossier, "GCNKH");
		assertThat(gcnkh.provenance()).isEqualTo(Provenance.DIGITIZED);
		assertThat(gcnkh.metadata().number()).isEqualTo("45/2020");
		assertThat(gcnkh.metadata().issuedOn()).isEqualTo(LocalDate.of(2020, 3, 4));
		assertThat(gcnkh.digitizedBy()).isEqualTo("desk1");
		assertThat(paper(dossier, "TKKS").provenance()).isEqualTo(Provenance.NOT_DIGITIZED);
		SignatureReport report;
		try (InputStream in = this.documents.open(gcnkh.documentId())) {
			report = this.signing.validate(in);
		}
		assertThat(report.isIntact()).isTrue();
		SignatureCheck signature = report.signatures().get(0);
		assertThat(signature.signer()).isEqualTo(this.staff.findByUsername("desk1").orElseThrow().displayName());
		assertThat(signature.certificateSubject()).contains("desk1");
		WarehouseItem item = this.warehouse.items(OwnerId.parse(id)).get(0);
		assertThat(item.documentId()).isEqualTo(gcnkh.documentId());
		assertThat(item.typeCode()).isEqualTo("GCNKH");
		assertThat(item.issuer()).isEqualTo("UBND xã Đông Sơn");
		assertThat(item.signature().status()).isEqualTo(SignatureStatus.SIGNED_INTACT);
		assertThat(item.provenance().dossierCode()).isEqualTo(code);
		assertThat(item.provenance().handledBy()).isEqualTo("desk1");
		this.mvc.perform(get("/api/v1/dossiers/" + code).header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documents[2].requiredDocumentCode").value("GCNKH"))
			.andExpect(jsonPath("$.documents[2].provenance").value("DIGITIZED"))
			.andExpect(jsonPath("$.documents[2].issuer").value("UBND xã Đông Sơn"))
			.andExpect(jsonPath("$.documents[2].permanent").value(true))
			.andExpect(jsonPath("$.documents[2].digitizedBy").value("desk1"))
			.andExpect(jsonPath("$.documents[0].provenance").value("NOT_DIGITIZED"));
	}

	@Test
	void metadataOnAPaperWhoseFileIsNotSignedIsNotDigitized() throws Exception {
		String file = this.documents.ingest(new java.io.ByteArrayInputStream(DeskWebTests.pdf(0).getBytes()), "a.pdf")
			.documentId();
		String other = this.documents.ingest(new java.io.ByteArrayInputStream(DeskWebTests.pdf(1).getBytes()), "b.pdf")
			.documentId();
		IntakeCommand command = new IntakeCommand("1.001193", AgencyCode.of("000.20.01.H99"), Channel.COUNTER,
				applicant(DeskWebTests.personalId()), null,
				List.of(SubmittedDocument.digitized("TKKS", file, metadata(), "desk1", Instant.now()),
						new SubmittedDocument("GCS", other, null, Provenance.NOT_DIGITIZED)));
		String code = this.desk.receive(command, null, actor("desk1")).code();
		assertThat(this.work.find(code).orElseThrow().documents()).extracting(DossierView.Document::provenance)
			.containsExactly(Provenance.NOT_DIGITIZED, Provenance.NOT_DIGITIZED);
	}

	@Test
	void reusesAWarehouseItemThroughThePageAndTheApi() throws Exception {
		String id = DeskWebTests.personalId();
		receiveWithGcnkh(id);
		WarehouseItem item = this.warehouse.items(OwnerId.parse(id)).get(0);
		this.mvc
			.perform(post("/desk/intake/lookup").param("procedure", "1.001193")
				.param("applicant.idType", "PERSONAL_ID")
				.param("applicant.idNumber", id)
				.with(as("desk1"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reuse-GCNKH\"")))
			.andExpect(content().string(containsString("value=\"" + item.id() + "\"")));
		String preview = this.mvc
			.perform(preview(id).param("papers[2].warehouseItemId", item.id())
				.file(DeskWebTests.pdf(0))
				.file(DeskWebTests.pdf(1)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = confirm(DeskWebTests.hidden(preview));
		DossierView.Document reused = paper(this.work.find(code).orElseThrow(), "GCNKH");
		assertThat(reused.provenance()).isEqualTo(Provenance.REUSED_PAPER);
		assertThat(reused.documentId()).isEqualTo(item.documentId());
		assertThat(reused.warehouseItemId()).isEqualTo(item.id());
		assertThat(this.warehouse.find(item.id()).orElseThrow().usedIn()).extracting(u -> u.dossierCode())
			.contains(code);

		String apiCode = apiIntake(id, item.id()).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location")
			.replace("/api/v1/dossiers/", "");
		assertThat(paper(this.work.find(apiCode).orElseThrow(), "GCNKH").provenance())
			.isEqualTo(Provenance.REUSED_PAPER);
		apiIntake(DeskWebTests.personalId(), item.id()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("documents[2].warehouseItemId"));
	}

	@Test
	void refusesAnExpiredItemThroughTheApi() throws Exception {
		String id = DeskWebTests.personalId();
		String file = this.documents.ingest(new java.io.ByteArrayInputStream(DeskWebTests.pdf(2).getBytes()), "g.pdf")
			.documentId();
		byte[] bytes;
		try (InputStream in = this.documents.open(file)) {
			bytes = this.signing.sign(in.readAllBytes(), org.motcua.signature.SignerId.officer("desk1"));
		}
		String signedId = this.documents.ingest(new java.io.ByteArrayInputStream(bytes), "g-signed.pdf").documentId();
		PaperMetadata expired = new PaperMetadata("1/2020", LocalDate.of(2020, 1, 1), "UBND", LocalDate.of(2021, 1, 1),
				null);
		String code = this.desk
			.receive(
					new IntakeCommand("1.001193", AgencyCode.of("000.20.01.H99"), Channel.COUNTER, applicant(id), null,
							List.of(new SubmittedDocument("TKKS", null, null, Provenance.NOT_DIGITIZED),
									new SubmittedDocument("GCS", null, null, Provenance.NOT_DIGITIZED),
									SubmittedDocument.digitized("GCNKH", signedId, expired, "desk1", Instant.now()))),
					null, actor("desk1"))
			.code();
		assertThat(paper(this.work.find(code).orElseThrow(), "GCNKH").provenance()).isEqualTo(Provenance.DIGITIZED);
		WarehouseItem item = this.warehouse.items(OwnerId.parse(id)).get(0);
		assertThat(item.validUntil()).isEqualTo(LocalDate.of(2021, 1, 1));
		apiIntake(id, item.id()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("documents[2].warehouseItemId"));
	}

	@Test
	void signsAllPapersOfAnOnlineDossierAtOnceAfterReceipt() throws Exception {
		String id = DeskWebTests.personalId();
		String tkks = this.documents.ingest(new java.io.ByteArrayInputStream(DeskWebTests.pdf(0).getBytes()), "t.pdf")
			.documentId();
		String gcs = this.documents.ingest(new java.io.ByteArrayInputStream(DeskWebTests.pdf(1).getBytes()), "g.pdf")
			.documentId();
		String code = this.work
			.submitOnline(
					new IntakeCommand("1.001193", AgencyCode.of("000.20.01.H99"), Channel.ONLINE, applicant(id), null,
							List.of(new SubmittedDocument("TKKS", tkks, null, Provenance.NOT_DIGITIZED),
									new SubmittedDocument("GCS", gcs, null, Provenance.NOT_DIGITIZED))),
					"citizen")
			.code();
		this.mvc.perform(get("/dossiers/" + code).with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"digitize-all\""))));
		this.desk.act(code, Action.RECEIVE, ActionBody.empty(), actor("desk1"));
		this.mvc.perform(get("/dossiers/" + code).with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số hóa và ký số tất cả")))
			.andExpect(content().string(containsString("/warehouse/" + id + "?dossier=" + code)));
		this.mvc
			.perform(post("/dossiers/" + code + "/digitize").param("papers[0].code", "TKKS")
				.param("papers[0].issuedOn", "2026-11-30")
				.param("papers[0].issuer", "Nguyễn Văn An")
				.param("papers[0].summary", "Tờ khai")
				.param("papers[1].code", "GCS")
				.param("papers[1].number", "88/GCS")
				.param("papers[1].issuedOn", "2026-11-28")
				.param("papers[1].issuer", "Bệnh viện huyện Đông Sơn")
				.with(as("desk1"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		DossierView dossier = this.work.find(code).orElseThrow();
		assertThat(dossier.documents()).extracting(DossierView.Document::provenance)
			.containsExactly(Provenance.DIGITIZED, Provenance.DIGITIZED);
		assertThat(dossier.documents()).extracting(DossierView.Document::documentId).doesNotContain(tkks, gcs);
		assertThat(dossier.events()).extracting(DossierView.EventLine::type).contains("PapersDigitized");
		assertThat(this.warehouse.items(OwnerId.parse(id))).extracting(WarehouseItem::typeCode)
			.containsExactlyInAnyOrder("TKKS", "GCS");
		this.mvc.perform(get("/dossiers/" + code).with(as("desk1")))
			.andExpect(content().string(containsString("Đã số hóa, ký số")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"digitize-all\""))));
	}

	@Test
	void staffSeeAWarehouseOnlyDuringADossierTheyMaySee() throws Exception {
		String id = DeskWebTests.personalId();
		String code = receiveWithGcnkh(id);
		this.mvc.perform(get("/warehouse/" + id).param("dossier", code).with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GCNKH")));
		this.mvc.perform(get("/warehouse/" + id).with(as("desk1"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/warehouse/" + id).param("dossier", code).with(as("desk3")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/warehouse/" + DeskWebTests.personalId()).param("dossier", code).with(as("desk1")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/warehouse/" + id + "/items").param("dossier", code)
				.header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/warehouse/" + id + "/items").param("dossier", code)
				.header("Authorization", "Bearer demo-desk3"))
			.andExpect(status().isNotFound());
	}

	/** A desk intake where GCNKH is uploaded with its metadata (digitized and signed). */
	private String receiveWithGcnkh(String id) throws Exception {
		String preview = this.mvc
			.perform(preview(id).file(DeskWebTests.pdf(0)).file(DeskWebTests.pdf(1)).file(DeskWebTests.pdf(2)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ocr-status\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, String> fields = DeskWebTests.hidden(preview);
		fields.put("papers[2].number", "45/2020");
		fields.put("papers[2].issuedOn", "2020-03-04");
		fields.put("papers[2].issuer", "UBND xã Đông Sơn");
		fields.put("papers[2].summary", "Giấy chứng nhận kết hôn");
		return confirm(fields);
	}

	private MockMultipartHttpServletRequestBuilder preview(String id) {
		MockMultipartHttpServletRequestBuilder request = multipart("/desk/intake/preview");
		request.param("procedure", "1.001193")
			.param("key", UUID.randomUUID().toString())
			.param("applicant.kind", "PERSON")
			.param("applicant.idType", "PERSONAL_ID")
			.param("applicant.idNumber", id)
			.param("applicant.name", "Lê Thị Hoa")
			.param("papers[0].code", "TKKS")
			.param("papers[1].code", "GCS")
			.param("papers[2].code", "GCNKH")
			.param("papers[3].code", "UQ");
		request.with(as("desk1")).with(csrf());
		return request;
	}

	private String confirm(Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/desk/intake");
		fields.forEach(request::param);
		MvcResult result = this.mvc.perform(request.with(as("desk1")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/desk/received/*"))
			.andReturn();
		return result.getResponse().getRedirectedUrl().substring("/desk/received/".length());
	}

	private org.springframework.test.web.servlet.ResultActions apiIntake(String id, String itemId) throws Exception {
		String tkks = this.documents.ingest(new java.io.ByteArrayInputStream(DeskWebTests.pdf(0).getBytes()), "t.pdf")
			.documentId();
		String body = """
				{"procedureCode": "1.001193", "channel": "COUNTER",
				 "applicant": {"kind": "PERSON", "idType": "PERSONAL_ID", "idNumber": "%s", "name": "Lê Thị Hoa"},
				 "documents": [{"requiredDocumentCode": "TKKS", "documentId": "%s"},
				               {"requiredDocumentCode": "GCS"},
				               {"requiredDocumentCode": "GCNKH", "warehouseItemId": "%s"}]}
				""".formatted(id, tkks, itemId);
		return this.mvc.perform(post("/api/v1/dossiers").header("Authorization", "Bearer demo-desk1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static DossierView.Document paper(DossierView dossier, String code) {
		return dossier.documents()
			.stream()
			.filter(d -> d.requiredDocumentCode().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static Applicant applicant(String id) {
		return new Applicant(PartyKind.PERSON, IdType.PERSONAL_ID, id, "Lê Thị Hoa", null, null, null, null);
	}

	private static PaperMetadata metadata() {
		return new PaperMetadata(null, LocalDate.of(2024, 1, 2), "UBND xã Đông Sơn", null, null);
	}

	private Actor actor(String username) {
		return ((Actor.Bearer) this.accounts.loadUserByUsername(username)).actor();
	}

	RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

}
