package org.motcua.document;

import org.motcua.platform.RequestRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Recognizes the text of papers after their upload, off the request that stored them: a
 * request is an event in the publication registry, so one that the process did not finish
 * (a restart) is taken up again. A paper already read is not read twice; a paper that
 * cannot be read is left without text (the officer enters its metadata by hand).
 */
@Component
class BackgroundRecognition {

	private static final Logger log = LoggerFactory.getLogger(BackgroundRecognition.class);

	private final PaperRecognition recognition;

	private final DocumentTexts texts;

	BackgroundRecognition(PaperRecognition recognition, DocumentTexts texts) {
		this.recognition = recognition;
		this.texts = texts;
	}

	@ApplicationModuleListener
	void on(RecognitionRequested request) {
		if (!this.recognition.status().available() || !this.texts.pages(request.documentId()).isEmpty()) {
			return;
		}
		try {
			this.recognition.recognize(request.documentId());
		}
		catch (RequestRefused ex) {
			log.warn("The text of document {} could not be recognized: {}", request.documentId(), ex.getMessage());
		}
	}

}
