package org.motcua.dossier.api;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.motcua.TestPapers;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff API as the dossier web tests call it: each call with a demo account's fixed
 * key ({@code demo-<username>}).
 */
final class StaffApi {

	private final MockMvc mvc;

	StaffApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** {@code POST /api/v1/dossiers/{code}/{action}} with a JSON body. */
	ResultActions act(String user, String code, String action, String body) throws Exception {
		return act(user, code, action, body, "vi");
	}

	/** The same, asking for problems in {@code language}. */
	ResultActions act(String user, String code, String action, String body, String language) throws Exception {
		return this.mvc
			.perform(post("/api/v1/dossiers/" + code + "/" + action).header("Authorization", "Bearer demo-" + user)
				.header("Accept-Language", language)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}

	/** The stored PDF of a printed form, which must be there. */
	byte[] pdf(String user, String code, String form) throws Exception {
		return this.mvc
			.perform(get("/api/v1/dossiers/" + code + "/forms/" + form + ".pdf").header("Authorization",
					"Bearer demo-" + user))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** Uploads a small one-page PDF of its own and answers its document ID. */
	String upload(String user) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "giay.pdf", "application/pdf", smallPdf());
		String answer = this.mvc
			.perform(multipart("/api/v1/documents").file(file).header("Authorization", "Bearer demo-" + user))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.documentId");
	}

	/** A personal ID of the test applicants' own range. */
	static String personalId() {
		return "0340990" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
	}

	/** A one-page PDF, different every time. */
	static byte[] smallPdf() throws IOException {
		return TestPapers.pdf("Paper");
	}

}
