package org.flashpoint.store;

import org.flashpoint.IntegrationTest;
import org.flashpoint.security.ApiRole;
import org.flashpoint.security.TestApiKeys;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Operators see the database in the health check (with a key) and the driver's commands
 * in the metrics (with an ADMIN key; refusals are in {@code HttpProblemsTest}).
 */
class HealthAndMetricsTest extends IntegrationTest {

	private String bearer(ApiRole role) {
		return "Bearer " + TestApiKeys.keyFor(this.context, role);
	}

	@Test
	void healthReportsMongoDbUp() throws Exception {
		this.mvc.perform(get("/actuator/health").header(HttpHeaders.AUTHORIZATION, bearer(ApiRole.READER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.mongo.status").value("UP"))
			.andExpect(jsonPath("$.components.mongo.details.database").value("flashpoint"));
	}

	@Test
	void metricsCountTheDriversCommands() throws Exception {
		this.graphQl.document("{ actors { totalCount } }").execute().path("actors.totalCount").hasValue();
		this.mvc
			.perform(get("/actuator/metrics/mongodb.driver.commands").header(HttpHeaders.AUTHORIZATION,
					bearer(ApiRole.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measurements[?(@.statistic == 'COUNT')].value").isNotEmpty());
		this.mvc.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, bearer(ApiRole.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("mongodb_driver_commands_seconds_count")));
	}

}
