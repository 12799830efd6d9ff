package org.motcua.document;

import java.util.Map;

import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The text recognition engine ({@code motcua.document.ocr}), and what
 * {@code /actuator/info} says of it under {@code ocr}.
 */
@Configuration(proxyBeanMethods = false)
class TextRecognitionConfiguration {

	@Bean
	TextRecognition textRecognition(DocumentProperties properties) {
		DocumentProperties.Ocr ocr = properties.ocr();
		return new Tesseract(ocr.command(), ocr.languages(), ocr.pageTimeout());
	}

	@Bean
	InfoContributor ocrInfo(TextRecognition recognition) {
		return builder -> {
			OcrStatus status = recognition.status();
			builder.withDetail("ocr",
					status.available()
							? Map.of("available", true, "engine", status.engine(), "languages", status.languages())
							: Map.of("available", false, "languages", status.languages(), "reason", status.reason()));
		};
	}

}
