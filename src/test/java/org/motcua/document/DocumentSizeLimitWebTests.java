package org.motcua.document;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads over the size limit get a 413 problem, configured low and at the default. */
class DocumentSizeLimitWebTests {

	@Nested
	@SpringBootTest(properties = "motcua.document.max-size=1MB")
	@AutoConfigureMockMvc
	class WithLowLimit {

		@Autowired
		MockMvc mvc;

		@Test
		void refusesFileOverLimit() throws Exception {
			byte[] big = new byte[2 * 1024 * 1024];
			System.arraycopy(Fixtures.pdf(1), 0, big, 0, 100);
			this.mvc
				.perform(multipart("/api/v1/documents").file(DocumentApiWebTests.file("big.pdf", big))
					.header("Authorization", "Bearer demo-desk1"))
				.andExpect(status().isContentTooLarge())
				.andExpect(jsonPath("$.code").value("document.too-large"));
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class OverRealHttp {

		@LocalServerPort
		int port;

		@Test
		void answersProblemNotResetForUploadOfTwentyFiveMegabytes() throws Exception {
			String boundary = "motcua-" + UUID.randomUUID();
			byte[] file = new byte[25 * 1024 * 1024];
			byte[] start = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\""
					+ "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n")
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			List<byte[]> parts = new ArrayList<>(List.of(start, file, end));
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/documents"))
				.header("Authorization", "Bearer demo-desk1")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
				.build();
			HttpResponse<String> response = send(request);
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type")).get()
				.asString()
				.startsWith("application/problem+json");
			assertThat(response.body()).contains("\"code\":\"document.too-large\"");
		}

		private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}

	}

}
