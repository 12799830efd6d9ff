package org.motcua.dossier.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.motcua.TestPapers;
import org.motcua.document.Documents;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text recognition of papers uploaded at the desk runs in the background: the preview
 * answers at once with the paper marked as being read, and the page's question for it
 * gets the issue date once recognition is done, without overwriting what the officer
 * typed. Only the officer who uploaded the paper may ask.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeskRecognitionWebTests {

	private static final Pattern DOCUMENT_ID = Pattern
		.compile("name=\"papers\\[0\\]\\.documentId\" value=\"([0-9a-f]{64})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Documents documents;

	@Test
	void previewDoesNotWaitForRecognitionAndThePageGetsTheIssueDateWhenDone() throws Exception {
		assertThat(this.documents.ocrStatus().available()).as(this.documents.ocrStatus().toString()).isTrue();
		MockMultipartFile scan = new MockMultipartFile("papers[0].file", "to-khai.pdf", "application/pdf",
				TestPapers.pdf("TO KHAI - Ngay cap 20/09/2023"));
		String page = this.mvc
			.perform(multipart("/desk/intake/preview").file(scan)
				.file(DeskWebTests.pdf(1))
				.param("procedure", "1.001193")
				.param("key", UUID.randomUUID().toString())
				.param("applicant.kind", "PERSON")
				.param("applicant.idType", "PERSONAL_ID")
				.param("applicant.idNumber", DeskWebTests.personalId())
				.param("applicant.name", "Lê Thị Hoa")
				.param("papers[0].code", "TKKS")
				.param("papers[1].code", "GCS")
				.with(as("desk1"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher id = DOCUMENT_ID.matcher(page);
		assertThat(id.find()).as("the preview keeps the uploaded paper").isTrue();
		String document = id.group(1);
		assertThat(page).contains("id=\"ocr-0\"").contains("hx-get=\"/desk/intake/recognition?document=" + document);

		awaitRecognition(document);

		this.mvc
			.perform(get("/desk/intake/recognition").param("document", document).param("index", "0").with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2023-09-20\"")))
			.andExpect(content().string(containsString("hx-swap-oob")))
			.andExpect(content().string(not(containsString("hx-trigger"))));
		this.mvc
			.perform(get("/desk/intake/recognition").param("document", document)
				.param("index", "0")
				.param("papers[0].issuedOn", "2020-01-02")
				.with(as("desk1")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("2023-09-20"))))
			.andExpect(content().string(not(containsString("hx-swap-oob"))));
		this.mvc
			.perform(get("/desk/intake/recognition").param("document", document).param("index", "0").with(as("desk2")))
			.andExpect(status().isNotFound());
	}

	/**
	 * Waits for the background recognition (Tesseract takes seconds on a busy machine).
	 */
	private void awaitRecognition(String document) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofMinutes(3));
		while (this.documents.recognizedText(document).isEmpty() && Instant.now().isBefore(until)) {
			Thread.sleep(250);
		}
		assertThat(this.documents.recognizedText(document)).as("recognized in the background").isPresent();
	}

	private RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

}
