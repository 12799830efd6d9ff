package org.motcua.document;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/documents} and {@code GET /api/v1/documents/{id}} over MockMvc. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentApiWebTests {

	@Autowired
	MockMvc mvc;

	@Test
	void storesUploadedPdf() throws Exception {
		byte[] pdf = Fixtures.pdf(2);
		upload("desk1", "don.pdf", pdf).andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/documents/")))
			.andExpect(jsonPath("$.documentId").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.pages").value(2))
			.andExpect(jsonPath("$.size").value(pdf.length))
			.andExpect(jsonPath("$.originalMediaType").doesNotExist());
	}

	@Test
	void refusesAnonymousUpload() throws Exception {
		this.mvc.perform(multipart("/api/v1/documents").file(file("don.pdf", Fixtures.pdf(1))))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refusesTextNamedPdf() throws Exception {
		upload("desk1", "don.pdf", Fixtures.text()).andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("document.unsupported-type"));
	}

	@Test
	void acceptsPngNamedPdfAsImage() throws Exception {
		upload("desk1", "scan.pdf", Fixtures.png(300, 200)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.pages").value(1));
	}

	@Test
	void refusesEncryptedPdfInVietnamese() throws Exception {
		upload("desk1", "locked.pdf", Fixtures.encryptedPdf()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("document.encrypted"))
			.andExpect(jsonPath("$.detail").value("Tệp PDF được bảo vệ bằng mật khẩu; hãy gửi bản không mã hóa."));
	}

	@Test
	void refusesTruncatedPdfInEnglishWhenAsked() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/documents").file(file("cut.pdf", Fixtures.truncatedPdf()))
				.header("Authorization", "Bearer demo-desk1")
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("document.unreadable"))
			.andExpect(jsonPath("$.title").value("File cannot be read"));
	}

	@Test
	void refusesEmptyFile() throws Exception {
		upload("desk1", "empty.pdf", new byte[0]).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("document.empty"));
	}

	@Test
	void givesPdfBackToUploaderAndAdministratorOnly() throws Exception {
		byte[] pdf = Fixtures.pdf(1);
		String body = upload("desk1", "mine.pdf", pdf).andReturn().getResponse().getContentAsString();
		String id = body.replaceAll(".*\"documentId\":\"([0-9a-f]{64})\".*", "$1");
		this.mvc.perform(get("/api/v1/documents/" + id).header("Authorization", "Bearer demo-desk1"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(content().bytes(pdf));
		this.mvc.perform(get("/api/v1/documents/" + id).header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/documents/" + id).header("Authorization", "Bearer demo-desk2"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("document.not-found"));
		this.mvc.perform(get("/api/v1/documents/" + "0".repeat(64)).header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isNotFound());
	}

	private ResultActions upload(String user, String name, byte[] bytes) throws Exception {
		return this.mvc.perform(
				multipart("/api/v1/documents").file(file(name, bytes)).header("Authorization", "Bearer demo-" + user));
	}

	static MockMultipartFile file(String name, byte[] bytes) throws IOException {
		return new MockMultipartFile("file", name, "application/pdf", bytes);
	}

}
