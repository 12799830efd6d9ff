package org.motcua.document;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/** Whether the tesseract command line can run, as found when the adapter is created. */
class TesseractTests {

	@Test
	void isUnavailableWithoutCommand() {
		Tesseract tesseract = new Tesseract("/nonexistent/tesseract", "vie+eng", Duration.ofSeconds(10));
		assertThat(tesseract.status().available()).isFalse();
		assertThat(tesseract.status().reason()).contains("/nonexistent/tesseract cannot be run");
		assertThatIOException().isThrownBy(() -> tesseract.recognize(java.nio.file.Path.of("page.png"), 300));
	}

	@Test
	void isUnavailableWithoutLanguagePack() {
		Tesseract tesseract = new Tesseract("tesseract", "vie+xyz", Duration.ofSeconds(10));
		assertThat(tesseract.status().available()).isFalse();
		assertThat(tesseract.status().reason()).contains("language pack missing").contains("xyz");
	}

	@Test
	void isAvailableWithVietnamese() {
		Tesseract tesseract = new Tesseract("tesseract", "vie+eng", Duration.ofSeconds(10));
		assertThat(tesseract.status().available()).as(String.valueOf(tesseract.status().reason())).isTrue();
		assertThat(tesseract.status().engine()).startsWith("tesseract");
	}

}
