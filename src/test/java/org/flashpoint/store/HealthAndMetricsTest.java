package org.flashpoint.store;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Operators see the database in the health check and the driver's commands in the metrics. */
class HealthAndMetricsTest extends IntegrationTest {

	@Test
	void healthReportsMongoDbUp() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.mongo.status").value("UP"))
			.andExpect(jsonPath("$.components.mongo.details.database").value("flashpoint"));
	}

	@Test
	void metricsCountTheDriversCommands() throws Exception {
		this.graphQl.document("{ actors { totalCount } }").execute().path("actors.totalCount").hasValue();
		this.mvc.perform(get("/actuator/metrics/mongodb.driver.commands"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measurements[?(@.statistic == 'COUNT')].value").isNotEmpty());
		this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("mongodb_driver_commands_seconds_count")));
	}

}
