package org.motcua.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests against a running server: keeps cookies, does not
 * follow redirects by itself, and reads CSRF tokens from pages.
 */
final class PageClient {

	private static final Pattern CSRF = Pattern.compile(
			"name=\"_csrf\"[^>]*value=\"([^\"]+)\"|content=\"([^\"]+)\"[^>]*name=\"_csrf\"|name=\"_csrf\" content=\"([^\"]+)\"");

	final CookieManager cookies = new CookieManager();

	final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Follows redirects from a response, up to ten, answering the last response. */
	HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
		HttpResponse<String> current = response;
		for (int i = 0; i < 10 && current.statusCode() / 100 == 3; i++) {
			String location = current.headers().firstValue("Location").orElseThrow();
			current = get(current.uri().resolve(location).toString());
		}
		return current;
	}

	static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token in page");
		}
		for (int g = 1; g <= m.groupCount(); g++) {
			if (m.group(g) != null) {
				return m.group(g);
			}
		}
		throw new IllegalStateException("No CSRF token in page");
	}

	Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/** The Spring Session ID held in the {@code SESSION} cookie (Base64 encoded). */
	Optional<String> sessionId() {
		return cookie("SESSION").map(value -> new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
	}

}
