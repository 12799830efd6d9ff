package org.motcua.platform;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of an API answer: English when {@code Accept-Language} prefers it,
 * Vietnamese otherwise (the first language of motcua).
 */
final class ApiLocale {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private ApiLocale() {
	}

	static Locale of(HttpServletRequest request) {
		return fromHeader(request.getHeader("Accept-Language"));
	}

	static Locale fromHeader(String header) {
		if (header == null || header.isBlank()) {
			return VIETNAMESE;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String language = range.getRange().split("-")[0];
				if (language.equals("vi")) {
					return VIETNAMESE;
				}
				if (language.equals("en")) {
					return Locale.ENGLISH;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return VIETNAMESE;
		}
		return VIETNAMESE;
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}

	static List<Locale> supported() {
		return List.of(VIETNAMESE, Locale.ENGLISH);
	}

}
