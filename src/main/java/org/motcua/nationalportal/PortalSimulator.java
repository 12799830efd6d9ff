package org.motcua.nationalportal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import org.motcua.platform.DemoMode;
import org.motcua.platform.LoopbackServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the national portal that this project ships: a real HTTP server on a
 * local port (JDK {@code HttpServer}), started in demo mode or when
 * {@code motcua.nationalportal.simulator=true}. It answers like the portal — sessions
 * from a login that expire, {@code error_code}s — records every message it receives,
 * ignores a repeated message ID, serves a catalog and dossiers filed on it, and can be
 * told to fail ({@link SimulatorFault}) or to be slow.
 */
@Component
class PortalSimulator implements SmartLifecycle {

	private final NationalPortalProperties properties;

	private final DemoMode demo;

	private final Map<String, Instant> sessions = new ConcurrentHashMap<>();

	private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

	private final Map<String, JsonNode> dossiers = new ConcurrentHashMap<>();

	private final List<SimulatorRecord> records = new ArrayList<>();

	private final List<InboundDossier> filed = new ArrayList<>();

	private final AtomicInteger logins = new AtomicInteger();

	private final SimulatorCatalog catalog = new SimulatorCatalog();

	private volatile SimulatorFault fault = SimulatorFault.NONE;

	private volatile int faultsLeft = Integer.MAX_VALUE;

	private volatile String faultScope;

	private volatile Duration delay = Duration.ZERO;

	private volatile Duration sessionLifetime = Duration.ofMinutes(30);

	private LoopbackServer server;

	PortalSimulator(NationalPortalProperties properties, DemoMode demo) {
		this.properties = properties;
		this.demo = demo;
	}

	@Override
	public synchronized void start() {
		boolean wanted = this.properties.simulator() != null ? this.properties.simulator() : this.demo.isOn();
		if (!wanted || this.server != null) {
			return;
		}
		this.server = LoopbackServer.start("portal simulator", this.properties.simulatorPort(), 4, this::handle);
		if (this.demo.isOn()) {
			fileDemoDossiers();
		}
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

	/** The simulator's base URL, ending in a slash. */
	synchronized URI uri() {
		return this.server.uri();
	}

	/** Fails every call from now on in the given way ({@code NONE} heals it). */
	void fail(SimulatorFault fault) {
		fail(fault, Integer.MAX_VALUE);
	}

	/** Fails the next {@code times} calls in the given way, then answers normally. */
	void fail(SimulatorFault fault, int times) {
		fail(fault, times, null);
	}

	/**
	 * Fails the next {@code times} calls about dossiers whose code starts with
	 * {@code scope} (any call when null; every call when {@code UNAVAILABLE}).
	 */
	synchronized void fail(SimulatorFault fault, int times, String scope) {
		this.faultsLeft = times;
		this.faultScope = scope;
		this.fault = fault;
	}

	/** Answers every call after waiting {@code delay}. */
	void slow(Duration delay) {
		this.delay = delay;
	}

	/** Forgets every session, as the portal does when they expire. */
	void expireSessions() {
		this.sessions.clear();
	}

	void sessionLifetime(Duration lifetime) {
		this.sessionLifetime = lifetime;
	}

	/** A dossier filed on the portal, listed by "new dossiers" from now on. */
	void file(InboundDossier dossier) {
		synchronized (this.filed) {
			this.filed.add(dossier);
		}
	}

	int logins() {
		return this.logins.get();
	}

	/** Every message received, in order of arrival. */
	List<SimulatorRecord> records() {
		synchronized (this.records) {
			return List.copyOf(this.records);
		}
	}

	SimulatorFault fault() {
		return this.fault;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!this.delay.isZero()) {
				Thread.sleep(this.delay.toMillis());
			}
			String call = exchange.getRequestURI().getPath().substring(1);
			if (this.fault == SimulatorFault.UNAVAILABLE && takeFault(null) == SimulatorFault.UNAVAILABLE) {
				answer(exchange, 503, "{\"error_code\":\"503\",\"message\":\"Hệ thống đang bảo trì\"}");
				return;
			}
			JsonNode request;
			try (InputStream in = exchange.getRequestBody()) {
				request = HttpNationalPortal.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (JacksonException ex) {
				answer(exchange, 400, "{\"error_code\":\"-1\",\"message\":\"Dữ liệu không hợp lệ\"}");
				return;
			}
			if ("login".equals(call)) {
				answer(exchange, 200, login(request));
				return;
			}
			Instant expiry = this.sessions.get(request.path("session").asString(""));
			if (expiry == null || expiry.isBefore(Instant.now())) {
				answer(exchange, 200, "{\"error_code\":\"-2\",\"message\":\"Phiên làm việc hết hạn\"}");
				return;
			}
			SimulatorFault now = takeFault(request.path("data").path("MaHoSo").asString(""));
			if (now == SimulatorFault.ERROR_CODE) {
				answer(exchange, 200, "{\"error_code\":\"-1\",\"message\":\"Lỗi xử lý dữ liệu\"}");
				return;
			}
			String body = process(call, request);
			switch (now) {
				case MALFORMED -> answer(exchange, 200, "<html><body>Lỗi hệ thống</body></html>");
				case ANSWER_TWICE -> answer(exchange, 200, body + body);
				case LOST_ANSWER -> answer(exchange, 503, "");
				default -> answer(exchange, body == null ? 404 : 200, body == null ? "{}" : body);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private SimulatorFault takeFault(String dossierCode) {
		SimulatorFault current = this.fault;
		if (current == SimulatorFault.NONE) {
			return current;
		}
		synchronized (this) {
			String scope = this.faultScope;
			if (current != SimulatorFault.UNAVAILABLE && scope != null
					&& (dossierCode == null || !dossierCode.startsWith(scope))) {
				return SimulatorFault.NONE;
			}
			if (this.faultsLeft <= 0) {
				this.fault = SimulatorFault.NONE;
				return SimulatorFault.NONE;
			}
			if (this.faultsLeft != Integer.MAX_VALUE) {
				this.faultsLeft--;
			}
			return current;
		}
	}

	private String login(JsonNode request) {
		if (!this.properties.username().equals(request.path("username").asString(""))
				|| !this.properties.password().equals(request.path("password").asString(""))) {
			return "{\"error_code\":\"-1\",\"message\":\"Sai tên đăng nhập hoặc mật khẩu\"}";
		}
		String token = UUID.randomUUID().toString();
		this.sessions.put(token, Instant.now().plus(this.sessionLifetime));
		this.logins.incrementAndGet();
		return ok(Map.of("session", token, "expiresIn", this.sessionLifetime.toSeconds()));
	}

	private String process(String call, JsonNode request) {
		return switch (call) {
			case "dossiers/sync", "dossiers/progress" -> take(call, request);
			case "dossiers/lookup" -> {
				JsonNode held = this.dossiers.get(request.path("dossierCode").asString(""));
				yield held == null ? ok(Map.of()) : ok(Map.of("data", held));
			}
			case "dossiers/new" -> {
				synchronized (this.filed) {
					yield ok(Map.of("data", List.copyOf(this.filed)));
				}
			}
			case "catalog/procedures" -> ok(Map.of("data", this.catalog.procedures));
			case "catalog/agencies" -> ok(Map.of("data", this.catalog.agencies));
			case "catalog/fields" -> ok(Map.of("data", this.catalog.fields));
			default -> null;
		};
	}

	private String take(String call, JsonNode request) {
		String id = request.path("messageId").asString("");
		JsonNode data = request.path("data");
		String code = data.path("MaHoSo").asString("");
		if (id.isBlank() || code.isBlank()) {
			return "{\"error_code\":\"-1\",\"message\":\"Thiếu mã thông điệp hoặc mã hồ sơ\"}";
		}
		boolean repeat = this.seen.putIfAbsent(id, Boolean.TRUE) != null;
		JsonNode status = data.path("TrangThaiHoSo");
		synchronized (this.records) {
			this.records.add(new SimulatorRecord(id, call, code, request.path("sequence").asInt(),
					status.isNumber() ? status.asInt() : null, repeat, Instant.now()));
		}
		if (!repeat && "dossiers/sync".equals(call)) {
			this.dossiers.put(code, data);
		}
		return ok(Map.of("message", repeat ? "Đã nhận trước đó" : "Thành công"));
	}

	private static String ok(Map<String, Object> fields) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("error_code", "0");
		answer.putAll(fields);
		return HttpNationalPortal.JSON.writeValueAsString(answer);
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private void fileDemoDossiers() {
		file(new InboundDossier("G22.99.1-261127-0001", "1.001193", "000.20.01.H99", "PERSON", "PERSONAL_ID",
				"038199001111", "Lê Thị Hoa", "19950412", "0987000111", null, "Xã Đông Sơn", List.of("TKKS", "GCS")));
		file(new InboundDossier("G22.99.1-261127-0002", "1.001193", "000.20.01.H99", "PERSON", "PERSONAL_ID",
				"038199002222", "Trần Văn Bình", "19880930", "0987000222", null, "Xã Đông Sơn",
				List.of("TKKS", "GCS")));
	}

}
