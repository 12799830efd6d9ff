package org.motcua.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Health and its probes are open to the load balancer and the orchestrator; metrics are
 * for province administrators.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActuatorWebTests {

	@Autowired
	MockMvc mvc;

	@Test
	void servesHealthAndProbesWithoutCredentials() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void servesPrometheusMetricsToProvinceAdministrator() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk());

		this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory")))
			.andExpect(content().string(containsString("http_server_requests")));
	}

	@Test
	void refusesPrometheusMetricsWithoutCredentials() throws Exception {
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("auth.unauthenticated"));
		this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer demo-stats1"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("auth.forbidden"));
	}

}
