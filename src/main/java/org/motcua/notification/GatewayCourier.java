package org.motcua.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP gateway for SMS or Zalo: a JSON {@code POST} to {@code <endpoint>sms/send} or
 * {@code <endpoint>zalo/send} with {@code messageId}, {@code to}, {@code sender} and
 * {@code text}, the API key as a bearer token. Answer {@code {"code":"00"}}: sent;
 * another code: refused; 5xx, a refused connection or a timeout: the gateway is
 * unavailable; an unreadable answer: failed (retried, then dead-lettered).
 */
class GatewayCourier implements Courier {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageChannel channel;

	private final NotificationProperties.Gateway gateway;

	private final Supplier<URI> endpoint;

	private final NotificationProperties properties;

	private final HttpClient client;

	GatewayCourier(MessageChannel channel, NotificationProperties.Gateway gateway, Supplier<URI> endpoint,
			NotificationProperties properties) {
		this.channel = channel;
		this.gateway = gateway;
		this.endpoint = endpoint;
		this.properties = properties;
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	static String path(MessageChannel channel) {
		return channel.name().toLowerCase(java.util.Locale.ROOT) + "/send";
	}

	@Override
	public MessageChannel channel() {
		return this.channel;
	}

	@Override
	public boolean isReady() {
		return this.endpoint.get() != null;
	}

	@Override
	public void deliver(Outgoing message) {
		URI base = this.endpoint.get();
		if (base == null) {
			throw new DeliveryFailure(this.channel + ": no gateway configured", true, null);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("messageId", message.messageKey());
		body.put("to", message.recipient());
		body.put("sender", this.gateway.sender());
		body.put("text", message.body());
		HttpRequest request = HttpRequest.newBuilder(base.resolve(path(this.channel)))
			.timeout(this.properties.readTimeout())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + this.gateway.apiKey())
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpTimeoutException ex) {
			throw new DeliveryFailure(this.channel + ": no answer within " + this.properties.readTimeout(), true, ex);
		}
		catch (IOException ex) {
			throw new DeliveryFailure(this.channel + ": " + ex.getClass().getSimpleName() + " " + ex.getMessage(), true,
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailure(this.channel + ": interrupted", true, ex);
		}
		if (response.statusCode() >= 500) {
			throw new DeliveryFailure(this.channel + ": HTTP " + response.statusCode(), true, null);
		}
		JsonNode answer;
		try {
			answer = JSON.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new DeliveryFailure(this.channel + ": unreadable answer (HTTP " + response.statusCode() + ")", false,
					null);
		}
		String code = answer == null ? "" : answer.path("code").asString("");
		if (response.statusCode() != 200 || !"00".equals(code)) {
			throw new DeliveryFailure(this.channel + ": refused (HTTP " + response.statusCode() + ", code " + code
					+ ") " + (answer == null ? "" : answer.path("message").asString("")), false, null);
		}
	}

}
