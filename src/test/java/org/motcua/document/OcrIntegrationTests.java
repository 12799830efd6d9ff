package org.motcua.document;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.motcua.platform.RequestRefused;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text recognition with the real Tesseract (installed by scripts/test.sh), and the same
 * application without it.
 */
class OcrIntegrationTests {

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	class WithTesseract {

		@Autowired
		Documents documents;

		@Autowired
		MockMvc mvc;

		@Test
		void readsVietnamesePaperAndSuggestsIdNumberAndDates() throws Exception {
			assertThat(this.documents.ocrStatus().available()).as(this.documents.ocrStatus().toString()).isTrue();
			// a suffix of digits, which recognition reads reliably (random letters get
			// misread: 0 and O)
			String name = "NGUYỄN VĂN AN " + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
			byte[] paper = Fixtures.vietnamesePaper("Họ và tên: " + name, "Số định danh cá nhân: 001203004567",
					"Ngày sinh: 15/08/2023", "Nơi sinh: Bệnh viện Phụ sản Hà Nội", "Hà Nội, ngày 20 tháng 9 năm 2023");
			Ingested ingested = this.documents.ingest(new ByteArrayInputStream(paper), "khai-sinh.pdf");

			RecognizedText text = this.documents.recognize(ingested.documentId());

			assertThat(text.pages()).hasSize(1);
			assertThat(text.text()).contains("GIẤY KHAI SINH").contains("Họ và tên");
			assertThat(text.suggestions().personalIds()).containsExactly("001203004567");
			assertThat(text.suggestions().dates()).containsExactly(LocalDate.of(2023, 8, 15),
					LocalDate.of(2023, 9, 20));
			assertThat(this.documents.recognizedText(ingested.documentId())).get()
				.extracting(RecognizedText::pages)
				.isEqualTo(text.pages());
			assertThat(this.documents.searchText("giay khai sinh " + name.substring(name.length() - 4), 10))
				.extracting(TextMatch::documentId)
				.containsExactly(ingested.documentId());
			assertThat(this.documents.searchText("giấy kết hôn", 10)).extracting(TextMatch::documentId)
				.doesNotContain(ingested.documentId());
		}

		@Test
		void tellsInfoEndpointThatRecognitionRuns() throws Exception {
			this.mvc.perform(get("/actuator/info").header("Authorization", "Bearer demo-admin"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ocr.available").value(true))
				.andExpect(jsonPath("$.ocr.languages").value("vie+eng"));
		}

	}

	@Nested
	@SpringBootTest(properties = "motcua.document.ocr.command=/nonexistent/bin/tesseract")
	@AutoConfigureMockMvc
	class WithoutTesseract {

		@Autowired
		Documents documents;

		@Autowired
		MockMvc mvc;

		@Test
		void saysWhyAndStillStoresPapers() throws Exception {
			OcrStatus status = this.documents.ocrStatus();
			assertThat(status.available()).isFalse();
			assertThat(status.reason()).contains("/nonexistent/bin/tesseract").contains("tesseract-ocr-vie");

			Ingested ingested = this.documents.ingest(new ByteArrayInputStream(Fixtures.pdf(1)), "don.pdf");
			assertThat(ingested.pages()).isEqualTo(1);
			assertThatExceptionOfType(RequestRefused.class)
				.isThrownBy(() -> this.documents.recognize(ingested.documentId()))
				.satisfies(refused -> {
					assertThat(refused.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
					assertThat(refused.code()).isEqualTo("document.ocr-unavailable");
				});
			assertThat(this.documents.recognizedText(ingested.documentId())).isEmpty();

			this.mvc.perform(get("/actuator/info").header("Authorization", "Bearer demo-admin"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ocr.available").value(false))
				.andExpect(jsonPath("$.ocr.reason").value(org.hamcrest.Matchers.containsString("/nonexistent")));
		}

	}

}
