package org.motcua.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.motcua.platform.RequestRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads the text of stored documents: renders each page, has {@link TextRecognition} read
 * it, keeps the text ({@link DocumentTexts}) and finds suggestions in it. Says at start
 * whether recognition is available.
 */
@Component
class PaperRecognition {

	private static final Logger log = LoggerFactory.getLogger(PaperRecognition.class);

	private final TextRecognition recognition;

	private final DocumentStorage storage;

	private final DocumentTexts texts;

	private final DocumentProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PaperRecognition(TextRecognition recognition, DocumentStorage storage, DocumentTexts texts,
			DocumentProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.recognition = recognition;
		this.storage = storage;
		this.texts = texts;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void logStatus() {
		OcrStatus status = status();
		if (status.available()) {
			log.info("Text recognition (OCR) available: {} with languages {}", status.engine(), status.languages());
		}
		else {
			log.warn("Text recognition (OCR) unavailable, papers are stored without their text: {}", status.reason());
		}
	}

	OcrStatus status() {
		return this.recognition.status();
	}

	void requestLater(String sha256) {
		if (status().available() && this.texts.pages(sha256).isEmpty()) {
			this.events.publishEvent(new RecognitionRequested(sha256));
		}
	}

	RecognizedText recognize(String sha256) {
		OcrStatus status = status();
		if (!status.available()) {
			throw new RequestRefused(HttpStatus.SERVICE_UNAVAILABLE, "document.ocr-unavailable", status.reason());
		}
		Path copy = null;
		try {
			copy = Files.createTempFile("motcua-ocr-", ".pdf");
			try (InputStream in = this.storage.open(sha256)) {
				Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			List<String> pages = new ArrayList<>();
			try (PDDocument pdf = Loader.loadPDF(copy.toFile(), "", null, null,
					MemoryUsageSetting.setupMixed(PdfInspection.MEMORY).streamCache)) {
				for (int i = 0; i < pdf.getNumberOfPages(); i++) {
					PageImages.Rendered page = PageImages.render(pdf, i, this.properties.ocr().dpi());
					try {
						pages.add(this.recognition.recognize(page.file(), page.dpi()).strip());
					}
					finally {
						Files.deleteIfExists(page.file());
					}
				}
			}
			this.texts.replace(sha256, pages, status.languages(), this.clock.instant());
			return new RecognizedText(sha256, List.copyOf(pages), Suggestions.from(String.join("\n", pages)));
		}
		catch (NoSuchFileException ex) {
			throw RequestRefused.notFound("document.not-found");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (copy != null) {
				copy.toFile().delete();
			}
		}
	}

}
