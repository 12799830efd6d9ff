package org.motcua.population;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.motcua.population.LookupResult.Unavailability;
import org.motcua.shared.PersonalId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry over HTTP on the data-sharing platform: a JSON {@code POST} to
 * {@value RegistryWire#LOOKUP_PATH} with the client ID and API key in headers. Each
 * attempt must bring the whole answer within the read timeout; refused connections and
 * answers 502–504 are tried again after the backoff, timeouts never.
 */
class HttpRegistry implements Registry {

	private final PopulationProperties properties;

	private final Supplier<URI> endpoint;

	private final HttpClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	HttpRegistry(PopulationProperties properties, Supplier<URI> endpoint) {
		this.properties = properties;
		this.endpoint = endpoint;
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public LookupResult lookUp(PersonalId id, String name, LocalDate birthDate) {
		URI base = this.endpoint.get();
		if (base == null) {
			return LookupResult.unavailable(Unavailability.NOT_CONFIGURED, "no registry endpoint configured");
		}
		Duration timeout = this.properties.readTimeout();
		HttpRequest request = HttpRequest.newBuilder(base.resolve(RegistryWire.LOOKUP_PATH))
			.timeout(timeout)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header(RegistryWire.CLIENT_HEADER, this.properties.clientId())
			.header(RegistryWire.KEY_HEADER, this.properties.apiKey())
			.POST(HttpRequest.BodyPublishers.ofByteArray(query(id, name, birthDate)))
			.build();
		LookupResult result = null;
		for (int attempt = 1; attempt <= this.properties.maxAttempts(); attempt++) {
			if (attempt > 1 && !pause()) {
				break;
			}
			result = attempt(request, timeout);
			if (!isWorthRetrying(result)) {
				return result;
			}
		}
		return result;
	}

	private LookupResult attempt(HttpRequest request, Duration timeout) {
		CompletableFuture<HttpResponse<byte[]>> call = this.client.sendAsync(request,
				LimitedBody.of(this.properties.maxAnswerBytes()));
		try {
			HttpResponse<byte[]> response = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (response.statusCode() != 200) {
				return LookupResult.unavailable(Unavailability.ERROR_STATUS, "HTTP " + response.statusCode());
			}
			return read(response.body());
		}
		catch (TimeoutException ex) {
			call.cancel(true);
			return timedOut(timeout);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof HttpConnectTimeoutException) {
				return LookupResult.unavailable(Unavailability.TIMEOUT,
						"no connection within " + this.properties.connectTimeout());
			}
			if (cause instanceof HttpTimeoutException) {
				return timedOut(timeout);
			}
			if (cause instanceof LimitedBody.TooLarge) {
				return LookupResult.unavailable(Unavailability.MALFORMED, cause.getMessage());
			}
			return LookupResult.unavailable(Unavailability.UNREACHABLE, String.valueOf(cause));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			call.cancel(true);
			return LookupResult.unavailable(Unavailability.UNREACHABLE, "interrupted");
		}
	}

	private static LookupResult timedOut(Duration timeout) {
		return LookupResult.unavailable(Unavailability.TIMEOUT, "no answer within " + timeout);
	}

	private LookupResult read(byte[] body) {
		try {
			JsonNode answer = this.json.readTree(body);
			if (answer == null || !answer.isObject()) {
				return LookupResult.unavailable(Unavailability.MALFORMED, "the answer is not a JSON object");
			}
			return RegistryWire.read(answer);
		}
		catch (JacksonException ex) {
			return LookupResult.unavailable(Unavailability.MALFORMED, "not JSON: " + ex.getOriginalMessage());
		}
		catch (RegistryWire.Malformed | IllegalArgumentException ex) {
			return LookupResult.unavailable(Unavailability.MALFORMED, ex.getMessage());
		}
	}

	private byte[] query(PersonalId id, String name, LocalDate birthDate) {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("personalId", id.value());
		query.put("fullName", name == null || name.isBlank() ? null : name.strip());
		query.put("birthDate", birthDate == null ? null : birthDate.toString());
		return this.json.writeValueAsBytes(query);
	}

	private static boolean isWorthRetrying(LookupResult result) {
		return result.reason() == Unavailability.UNREACHABLE
				|| result.reason() == Unavailability.ERROR_STATUS && (result.detail().equals("HTTP 502")
						|| result.detail().equals("HTTP 503") || result.detail().equals("HTTP 504"));
	}

	private boolean pause() {
		try {
			Thread.sleep(this.properties.retryBackoff().toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
