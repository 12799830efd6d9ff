package org.motcua.population;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server that answers like the registry's lookup service on the data-sharing
 * platform, for the demo and the tests, over the {@link DemoPopulation}. It checks the
 * client ID and API key, and can be told to misbehave: be down (503), slow (a delay
 * before every answer), or answer malformed JSON, a huge body or wrong types.
 *
 * <p>
 * Endpoints: {@code POST /api/v1/citizens/lookup} (the service);
 * {@code GET /api/v1/samples} (a few IDs to try, no key needed);
 * {@code POST /control?mode=NORMAL|DOWN|SLOW|MALFORMED|HUGE|WRONG_TYPES&delayMs=…} (with
 * the key; tells it how to behave).
 */
final class RegistrySimulator implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RegistrySimulator.class);

	/** How the simulator answers lookups. */
	enum Mode {

		NORMAL, DOWN, SLOW, MALFORMED, HUGE, WRONG_TYPES

	}

	private final HttpServer server;

	private final ExecutorService threads;

	private final DemoPopulation population;

	private final String clientId;

	private final String apiKey;

	private final JsonMapper json = JsonMapper.builder().build();

	private final AtomicInteger lookups = new AtomicInteger();

	private volatile Mode mode = Mode.NORMAL;

	private volatile Duration delay = Duration.ZERO;

	private RegistrySimulator(HttpServer server, DemoPopulation population, String clientId, String apiKey) {
		this.server = server;
		this.population = population;
		this.clientId = clientId;
		this.apiKey = apiKey;
		this.threads = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "population-simulator");
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(this.threads);
		server.createContext(RegistryWire.LOOKUP_PATH, this::lookUp);
		server.createContext("/api/v1/samples", this::samples);
		server.createContext("/control", this::control);
		server.start();
	}

	/**
	 * Starts a simulator on {@code port} of the loopback address ({@code 0}, or a port
	 * already taken: any free port).
	 */
	static RegistrySimulator start(int port, DemoPopulation population, String clientId, String apiKey) {
		InetAddress loopback = InetAddress.getLoopbackAddress();
		HttpServer server;
		try {
			try {
				server = HttpServer.create(new InetSocketAddress(loopback, port), 50);
			}
			catch (BindException ex) {
				log.warn("Port {} is taken; the population registry simulator takes a free port", port);
				server = HttpServer.create(new InetSocketAddress(loopback, 0), 50);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("The population registry simulator cannot start", ex);
		}
		return new RegistrySimulator(server, population, clientId, apiKey);
	}

	/** The base URL to reach it at. */
	URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/");
	}

	/** Answers from now on as {@code mode}; {@code delay} counts in {@link Mode#SLOW}. */
	void behave(Mode mode, Duration delay) {
		this.mode = mode;
		this.delay = delay == null ? Duration.ZERO : delay;
	}

	/** How many lookup requests reached it so far. */
	int lookupsReceived() {
		return this.lookups.get();
	}

	DemoPopulation population() {
		return this.population;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	private void lookUp(HttpExchange exchange) throws IOException {
		try (exchange) {
			this.lookups.incrementAndGet();
			if (!"POST".equals(exchange.getRequestMethod())) {
				send(exchange, 405, Map.of("error", "method not allowed"));
				return;
			}
			if (!isAuthorized(exchange)) {
				send(exchange, 401, Map.of("error", "unauthorized"));
				return;
			}
			Mode now = this.mode;
			switch (now) {
				case DOWN -> send(exchange, 503, Map.of("error", "service unavailable"));
				case MALFORMED -> sendRaw(exchange, 200, "{\"result\": \"FOUND\", \"citizen\": {\"fullName\": ");
				case WRONG_TYPES -> sendRaw(exchange, 200,
						"{\"result\": \"FOUND\", \"citizen\": {\"personalId\": 99, \"fullName\": [\"x\"]}}");
				case HUGE ->
					sendRaw(exchange, 200, "{\"result\": \"FOUND\", \"padding\": \"" + "x".repeat(2_000_000) + "\"}");
				default -> {
					if (now == Mode.SLOW) {
						pause();
					}
					answer(exchange);
				}
			}
		}
	}

	private void answer(HttpExchange exchange) throws IOException {
		JsonNode query;
		try (InputStream in = exchange.getRequestBody()) {
			query = this.json.readTree(in.readNBytes(16_384));
		}
		catch (JacksonException ex) {
			send(exchange, 400, Map.of("error", "bad request"));
			return;
		}
		JsonNode id = query == null ? null : query.get("personalId");
		if (id == null || !id.isString()) {
			send(exchange, 400, Map.of("error", "personalId is required"));
			return;
		}
		var person = this.population.find(id.asString());
		if (person.isEmpty()) {
			send(exchange, 200, RegistryWire.answer("NOT_FOUND", null));
			return;
		}
		String name = textOrNull(query.get("fullName"));
		String birthDate = textOrNull(query.get("birthDate"));
		boolean nameDiffers = name != null && !DemoPopulation.sameName(name, person.get().fullName());
		boolean birthDiffers = birthDate != null && !sameDate(birthDate, person.get().birthDate());
		if (nameDiffers || birthDiffers) {
			send(exchange, 200, RegistryWire.answer("MISMATCH", null));
			return;
		}
		send(exchange, 200, RegistryWire.answer("FOUND", person.get()));
	}

	private void samples(HttpExchange exchange) throws IOException {
		try (exchange) {
			send(exchange, 200,
					this.population.samples(3)
						.stream()
						.map((r) -> Map.of("personalId", r.personalId(), "fullName", r.fullName(), "birthDate",
								r.birthDate().toString()))
						.toList());
		}
	}

	private void control(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod()) || !isAuthorized(exchange)) {
				send(exchange, 401, Map.of("error", "unauthorized"));
				return;
			}
			String query = exchange.getRequestURI().getQuery();
			Mode mode = Mode.NORMAL;
			long delayMs = 0;
			try {
				for (String pair : query == null ? new String[0] : query.split("&")) {
					String[] kv = pair.split("=", 2);
					if (kv[0].equals("mode") && kv.length == 2) {
						mode = Mode.valueOf(kv[1]);
					}
					if (kv[0].equals("delayMs") && kv.length == 2) {
						delayMs = Long.parseLong(kv[1]);
					}
				}
			}
			catch (IllegalArgumentException ex) {
				send(exchange, 400, Map.of("error", "mode or delayMs not understood"));
				return;
			}
			behave(mode, Duration.ofMillis(Math.max(0, delayMs)));
			send(exchange, 200, Map.of("mode", mode.name(), "delayMs", delayMs));
		}
	}

	private boolean isAuthorized(HttpExchange exchange) {
		return this.clientId.equals(exchange.getRequestHeaders().getFirst(RegistryWire.CLIENT_HEADER))
				&& this.apiKey.equals(exchange.getRequestHeaders().getFirst(RegistryWire.KEY_HEADER));
	}

	private void pause() {
		try {
			Thread.sleep(this.delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void send(HttpExchange exchange, int status, Object body) throws IOException {
		sendRaw(exchange, status, this.json.writeValueAsString(body));
	}

	private static void sendRaw(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
		catch (IOException ex) {
			// the client stopped reading (a cut-off answer); nothing to do
		}
	}

	private static String textOrNull(JsonNode node) {
		return node == null || !node.isString() || node.asString().isBlank() ? null : node.asString();
	}

	private static boolean sameDate(String given, LocalDate registered) {
		try {
			return LocalDate.parse(given).equals(registered);
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
