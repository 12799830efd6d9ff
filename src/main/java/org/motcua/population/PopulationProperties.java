package org.motcua.population;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the population registry is reached.
 *
 * @param endpoint the base URL of the registry's lookup service on the data-sharing
 * platform; empty means the simulator when it runs, otherwise lookups answer unavailable
 * @param clientId the client ID the platform issued to this installation
 * @param apiKey the API key that goes with it
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long one attempt may take from sending to the whole answer; the
 * longest a desk waits is this times {@code maxAttempts} plus the backoffs
 * @param maxAttempts attempts per lookup; only refused connections and answers 502, 503
 * and 504 are tried again, never a timeout
 * @param retryBackoff the pause between attempts
 * @param maxAnswerBytes the largest answer read; a larger one counts as malformed
 * @param failureThreshold consecutive failed lookups that open the circuit
 * @param openFor how long an open circuit refuses lookups before one probe is let through
 * @param simulator the demo registry
 */
@Validated
@ConfigurationProperties("motcua.population")
public record PopulationProperties(URI endpoint, @NotBlank @DefaultValue("motcua") String clientId,
		@NotNull @DefaultValue("demo-population-key") String apiKey,
		@NotNull @DefaultValue("PT2S") Duration connectTimeout, @NotNull @DefaultValue("PT5S") Duration readTimeout,
		@Min(1) @Max(5) @DefaultValue("2") int maxAttempts, @NotNull @DefaultValue("PT0.2S") Duration retryBackoff,
		@Min(1024) @DefaultValue("65536") int maxAnswerBytes, @Min(1) @DefaultValue("5") int failureThreshold,
		@NotNull @DefaultValue("PT1M") Duration openFor, @Valid @NotNull @DefaultValue Simulator simulator) {

	/**
	 * The simulator of the registry.
	 *
	 * @param enabled whether it runs; by default in demo mode only
	 * @param port its local port ({@code 0}: any free port; a taken port falls back to
	 * any free one)
	 * @param people how many generated people it serves
	 */
	public record Simulator(Boolean enabled, @Min(0) @Max(65535) @DefaultValue("8091") int port,
			@Min(10) @Max(1000000) @DefaultValue("5000") int people) {
	}

}
