package org.motcua.nationalportal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The portal over HTTP and JSON: {@code POST login} answers a session token and its
 * lifetime; every other call sends the token and answers {@code error_code} "0" on
 * success, "-2" for a session the portal no longer knows (this adapter logs in again and
 * repeats the call once), anything else for a refusal. The endpoint is
 * {@code motcua.nationalportal.endpoint}, or the simulator's when it runs.
 */
@Component
class HttpNationalPortal implements NationalPortal {

	static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

	private static final String SESSION_EXPIRED = "-2";

	private final NationalPortalProperties properties;

	private final PortalSimulator simulator;

	private final Clock clock;

	private final HttpClient http;

	private final AtomicReference<Session> session = new AtomicReference<>();

	HttpNationalPortal(NationalPortalProperties properties, PortalSimulator simulator, Clock clock) {
		this.properties = properties;
		this.simulator = simulator;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build();
	}

	@Override
	public void send(OutboundMessage message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("messageId", message.messageId());
		body.put("sequence", message.sequence());
		body.put("data", readObject(message.payload()));
		call(message.kind().path, body);
	}

	@Override
	public Optional<Map<String, Object>> lookUp(String dossierCode) {
		JsonNode answer = call("dossiers/lookup", Map.of("dossierCode", dossierCode));
		JsonNode data = answer.path("data");
		if (!data.isObject()) {
			return Optional.empty();
		}
		return Optional.of(JSON.convertValue(data, new TypeReference<Map<String, Object>>() {
		}));
	}

	@Override
	public List<PortalCatalogItem> procedures() {
		return items("catalog/procedures");
	}

	@Override
	public List<PortalCatalogItem> agencies() {
		return items("catalog/agencies");
	}

	@Override
	public List<PortalCatalogItem> fields() {
		return items("catalog/fields");
	}

	@Override
	public List<InboundDossier> newDossiers() {
		JsonNode data = call("dossiers/new", Map.of()).path("data");
		if (!data.isArray()) {
			throw new PortalFailure("New dossiers: no list in the answer", false);
		}
		List<InboundDossier> dossiers = new ArrayList<>();
		for (JsonNode node : data) {
			try {
				dossiers.add(JSON.treeToValue(node, InboundDossier.class));
			}
			catch (JacksonException | IllegalArgumentException ex) {
				throw new PortalFailure("New dossiers: unreadable entry " + abbreviate(node.toString()), false, ex);
			}
		}
		return dossiers;
	}

	private List<PortalCatalogItem> items(String path) {
		JsonNode data = call(path, Map.of()).path("data");
		if (!data.isArray()) {
			throw new PortalFailure(path + ": no list in the answer", false);
		}
		List<PortalCatalogItem> items = new ArrayList<>();
		for (JsonNode node : data) {
			String code = node.path("code").asString(null);
			String name = node.path("name").asString(null);
			if (code == null || name == null) {
				throw new PortalFailure(path + ": an entry without code or name", false);
			}
			items.add(new PortalCatalogItem(code, name, node.path("fieldCode").asString(null)));
		}
		return items;
	}

	/** Calls {@code path} in a live session, logging in again once if it expired. */
	private JsonNode call(String path, Map<String, Object> body) {
		JsonNode answer = callOnce(path, body, token());
		if (SESSION_EXPIRED.equals(answer.path("error_code").asString(""))) {
			this.session.set(null);
			answer = callOnce(path, body, token());
		}
		String code = answer.path("error_code").asString("");
		if (!"0".equals(code)) {
			throw new PortalFailure(
					path + ": error_code " + abbreviate(code) + " " + abbreviate(answer.path("message").asString("")),
					false);
		}
		return answer;
	}

	private JsonNode callOnce(String path, Map<String, Object> body, String token) {
		Map<String, Object> request = new LinkedHashMap<>(body);
		request.put("session", token);
		return post(path, request);
	}

	private String token() {
		Session current = this.session.get();
		Instant now = this.clock.instant();
		if (current != null && current.expiresAt().isAfter(now)) {
			return current.token();
		}
		JsonNode answer = post("login",
				Map.of("username", this.properties.username(), "password", this.properties.password()));
		String token = answer.path("session").asString(null);
		if (!"0".equals(answer.path("error_code").asString("")) || token == null || token.isBlank()) {
			throw new PortalFailure("login refused: " + abbreviate(answer.path("message").asString("")), true);
		}
		long seconds = Math.max(1, answer.path("expiresIn").asLong(60));
		this.session.set(new Session(token, now.plusSeconds(seconds - Math.min(seconds / 10, 30))));
		return token;
	}

	private JsonNode post(String path, Map<String, Object> body) {
		URI base = endpoint();
		HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
			.timeout(this.properties.readTimeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new PortalFailure(path + ": " + ex.getClass().getSimpleName() + " " + ex.getMessage(), true, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PortalFailure(path + ": interrupted", true, ex);
		}
		if (response.statusCode() >= 500 || response.statusCode() == 429) {
			throw new PortalFailure(path + ": HTTP " + response.statusCode(), true);
		}
		if (response.statusCode() != 200) {
			throw new PortalFailure(path + ": HTTP " + response.statusCode() + " " + abbreviate(response.body()),
					false);
		}
		try {
			JsonNode answer = JSON.readTree(response.body());
			if (answer == null || !answer.isObject()) {
				throw new PortalFailure(path + ": the answer is not a JSON object", false);
			}
			return answer;
		}
		catch (JacksonException ex) {
			throw new PortalFailure(path + ": unreadable answer " + abbreviate(response.body()), false, ex);
		}
	}

	private URI endpoint() {
		URI configured = this.properties.endpoint();
		if (configured != null) {
			String text = configured.toString();
			return text.endsWith("/") ? configured : URI.create(text + "/");
		}
		if (!this.simulator.isRunning()) {
			throw new PortalFailure("No portal endpoint configured (motcua.nationalportal.endpoint)", true);
		}
		return this.simulator.uri();
	}

	private static Object readObject(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new PortalFailure("The stored payload is not JSON", false, ex);
		}
	}

	static String abbreviate(String text) {
		if (text == null) {
			return "";
		}
		String plain = text.replaceAll("\\s+", " ");
		return plain.length() > 200 ? plain.substring(0, 200) + "…" : plain;
	}

	private record Session(String token, Instant expiresAt) {

	}

}
