package org.motcua.catalog.web;

import java.util.Locale;

import org.motcua.catalog.administration.ImportReport;

import org.springframework.context.MessageSource;

/** The errors of an import in words, for the API and the pages. */
final class ImportMessages {

	private ImportMessages() {
	}

	/** Where the error is: {@code procedures[3].fees[0].amount}, or a sheet cell. */
	static String path(ImportReport.Error error) {
		if (error.index() < 0) {
			return error.path();
		}
		return "procedures[" + error.index() + "]" + (error.path().isEmpty() ? "" : "." + error.path());
	}

	static String message(MessageSource messages, ImportReport.Error error, Locale locale) {
		return messages.getMessage(error.key(), error.arguments(), error.key(), locale);
	}

}
