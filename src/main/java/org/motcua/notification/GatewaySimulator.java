package org.motcua.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import org.motcua.platform.DemoMode;
import org.motcua.platform.LoopbackServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the SMS and Zalo gateways that this project ships: a real HTTP server on
 * a local port, started in demo mode or when {@code motcua.notification.simulator=true}.
 * It checks the API key, records every message it receives (a repeated message ID is
 * recorded as a repeat and not sent twice), and can be told to fail
 * ({@link GatewayFault}) or to be slow.
 */
@Component
class GatewaySimulator implements SmartLifecycle {

	private final NotificationProperties properties;

	private final DemoMode demo;

	private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

	private final List<GatewayRecord> records = new ArrayList<>();

	private volatile GatewayFault fault = GatewayFault.NONE;

	private volatile Duration delay = Duration.ZERO;

	private LoopbackServer server;

	GatewaySimulator(NotificationProperties properties, DemoMode demo) {
		this.properties = properties;
		this.demo = demo;
	}

	@Override
	public synchronized void start() {
		boolean wanted = this.properties.simulator() != null ? this.properties.simulator() : this.demo.isOn();
		if (!wanted || this.server != null) {
			return;
		}
		this.server = LoopbackServer.start("gateway simulator", this.properties.simulatorPort(), 2, this::handle);
	}

	@Override
	public synchronized void stop() {
		if (this.server != null) {
			this.server.stop();
			this.server = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.server != null;
	}

	/** The simulator's base URL, ending in a slash; null when it does not run. */
	synchronized URI uri() {
		return this.server == null ? null : this.server.uri();
	}

	/** Fails every call from now on in the given way ({@code NONE} heals it). */
	void fail(GatewayFault fault) {
		this.fault = fault;
	}

	/** Answers every call after waiting {@code delay}. */
	void slow(Duration delay) {
		this.delay = delay;
	}

	/** Every message received, in order of arrival. */
	List<GatewayRecord> records() {
		synchronized (this.records) {
			return List.copyOf(this.records);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!this.delay.isZero()) {
				Thread.sleep(this.delay.toMillis());
			}
			String path = exchange.getRequestURI().getPath();
			if ("/control".equals(path) && "POST".equals(exchange.getRequestMethod())) {
				control(exchange);
				return;
			}
			MessageChannel channel = "/sms/send".equals(path) ? MessageChannel.SMS
					: "/zalo/send".equals(path) ? MessageChannel.ZALO : null;
			if (channel == null || !"POST".equals(exchange.getRequestMethod())) {
				answer(exchange, 404, "{\"code\":\"404\",\"message\":\"Không có dịch vụ này\"}");
				return;
			}
			NotificationProperties.Gateway gateway = channel == MessageChannel.SMS ? this.properties.sms()
					: this.properties.zalo();
			if (!("Bearer " + gateway.apiKey()).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				answer(exchange, 401, "{\"code\":\"401\",\"message\":\"Sai khóa truy cập\"}");
				return;
			}
			GatewayFault now = this.fault;
			if (now == GatewayFault.UNAVAILABLE) {
				answer(exchange, 503, "{\"code\":\"503\",\"message\":\"Hệ thống đang bảo trì\"}");
				return;
			}
			JsonNode request;
			try (InputStream in = exchange.getRequestBody()) {
				request = GatewayCourier.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (JacksonException ex) {
				answer(exchange, 400, "{\"code\":\"400\",\"message\":\"Dữ liệu không hợp lệ\"}");
				return;
			}
			String id = request.path("messageId").asString("");
			String to = request.path("to").asString("");
			if (id.isBlank() || !to.matches("\\+?[0-9]{9,15}")) {
				answer(exchange, 200, "{\"code\":\"12\",\"message\":\"Số điện thoại không hợp lệ\"}");
				return;
			}
			if (now == GatewayFault.REFUSE) {
				answer(exchange, 200, "{\"code\":\"99\",\"message\":\"Thuê bao từ chối nhận tin\"}");
				return;
			}
			boolean repeat = this.seen.putIfAbsent(channel + "|" + id, Boolean.TRUE) != null;
			synchronized (this.records) {
				this.records
					.add(new GatewayRecord(channel, id, to, request.path("text").asString(""), repeat, Instant.now()));
			}
			if (now == GatewayFault.GARBAGE) {
				answer(exchange, 200, "<html><body>Lỗi hệ thống</body></html>");
				return;
			}
			answer(exchange, 200,
					"{\"code\":\"00\",\"message\":\"" + (repeat ? "Đã nhận trước đó" : "Thành công") + "\"}");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * {@code POST /control?fault=GARBAGE&delayMs=2000} with the SMS gateway's key: sets
	 * how the simulator misbehaves from now on (for a demonstration).
	 */
	private void control(HttpExchange exchange) throws IOException {
		if (!("Bearer " + this.properties.sms().apiKey())
			.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			answer(exchange, 401, "{\"code\":\"401\",\"message\":\"Sai khóa truy cập\"}");
			return;
		}
		String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
		try {
			for (String pair : query.split("&")) {
				String[] kv = pair.split("=", 2);
				if (kv.length == 2 && "fault".equals(kv[0])) {
					fail(GatewayFault.valueOf(kv[1]));
				}
				else if (kv.length == 2 && "delayMs".equals(kv[0])) {
					slow(Duration.ofMillis(Math.max(0, Math.min(Long.parseLong(kv[1]), 60_000))));
				}
			}
		}
		catch (IllegalArgumentException ex) {
			answer(exchange, 400, "{\"code\":\"400\",\"message\":\"fault: NONE, UNAVAILABLE, GARBAGE, REFUSE\"}");
			return;
		}
		answer(exchange, 200,
				"{\"code\":\"00\",\"fault\":\"" + this.fault + "\",\"delayMs\":" + this.delay.toMillis() + "}");
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
