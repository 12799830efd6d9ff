package org.motcua.document;

import org.motcua.platform.RequestRefused;

import org.springframework.http.HttpStatus;

/** The reasons an uploaded paper is refused, as problems the caller can read. */
final class Refusals {

	private Refusals() {
	}

	static RequestRefused tooLarge(long megabytes) {
		return new RequestRefused(HttpStatus.CONTENT_TOO_LARGE, "document.too-large", megabytes);
	}

	static RequestRefused unsupportedType() {
		return new RequestRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document.unsupported-type");
	}

	static RequestRefused empty() {
		return unprocessable("document.empty");
	}

	static RequestRefused unreadable() {
		return unprocessable("document.unreadable");
	}

	static RequestRefused encrypted() {
		return unprocessable("document.encrypted");
	}

	static RequestRefused dangerous() {
		return unprocessable("document.dangerous");
	}

	static RequestRefused oversizedContent() {
		return unprocessable("document.oversized-content");
	}

	static RequestRefused badFilename() {
		return RequestRefused.invalid("document.bad-filename");
	}

	static RequestRefused tooManyPages(int pages, int maxPages) {
		return unprocessable("document.too-many-pages", pages, maxPages);
	}

	static RequestRefused imageTooLarge(long megapixels) {
		return unprocessable("document.image-too-large", megapixels);
	}

	private static RequestRefused unprocessable(String code, Object... arguments) {
		return new RequestRefused(HttpStatus.UNPROCESSABLE_CONTENT, code, arguments);
	}

}
