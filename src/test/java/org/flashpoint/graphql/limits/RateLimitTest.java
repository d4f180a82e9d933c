package org.flashpoint.graphql.limits;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.flashpoint.IntegrationTest;
import org.flashpoint.MongoCommandCounter;
import org.flashpoint.security.ApiRole;
import org.flashpoint.security.TestApiKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Budgets per caller, with small ones that barely refill during the test: each test sends
 * from a client address of its own, so each spends its own anonymous bucket.
 */
@TestPropertySource(properties = { "spring.mongodb.database=flashpoint_rate_limits",
		"flashpoint.limits.rate.anonymous.capacity=100", "flashpoint.limits.rate.anonymous.restore-rate=0.01",
		"flashpoint.limits.rate.admin.capacity=5000", "flashpoint.limits.rate.admin.restore-rate=0.01",
		"flashpoint.limits.import-cost=6000" })
class RateLimitTest extends IntegrationTest {

	/** 1 for the connection, 20 for its actors. */
	private static final String TWENTY_ONE = "{ actors(first: 20) { nodes { name } } }";

	@Autowired
	private MeterRegistry meters;

	@Test
	void overBudgetAnOperationIsRefusedWith429AndRetryAfterAndNothingRuns() throws Exception {
		for (int i = 1; i <= 4; i++) {
			MockHttpServletResponse response = graphQl("10.0.0.1", TWENTY_ONE, null);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("x-ratelimit-remaining")).isEqualTo(Integer.toString(100 - 21 * i));
		}
		MongoCommandCounter counter = new MongoCommandCounter(this.meters);
		MockHttpServletResponse[] refused = new MockHttpServletResponse[1];
		assertThat(counter.during(() -> refused[0] = graphQl("10.0.0.1", TWENTY_ONE, null))).isEmpty();
		MockHttpServletResponse response = refused[0];
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(response.getHeader(HttpHeaders.RETRY_AFTER))).isGreaterThan(0);
		assertThat(response.getHeader("x-ratelimit-limit")).isEqualTo("100");
		assertThat(response.getHeader("x-ratelimit-remaining")).isEqualTo("16");
		assertThat(response.getHeader("x-ratelimit-used")).isEqualTo("84");
		Map<String, Object> answer = body(response);
		assertThat(answer.get("data")).isNull();
		Map<String, Object> extensions = CostLimitsTest.extensions(CostLimitsTest.errors(answer).get(0));
		assertThat(extensions).containsEntry("classification", "THROTTLED")
			.containsEntry("cost", 21)
			.containsEntry("currentlyAvailable", 16)
			.containsEntry("maximumAvailable", 100);
		assertThat(CostLimitsTest.errors(answer)).hasSize(1);
		assertThat(CostLimitsTest.cost(answer)).containsEntry("requestedQueryCost", 21)
			.containsEntry("actualQueryCost", 0);

		// A smaller operation still fits in what is left.
		assertThat(graphQl("10.0.0.1", "{ rateLimit { remaining } }", null).getStatus()).isEqualTo(200);
	}

	@Test
	void anApiKeySpendsItsOwnBudgetNotItsAddresses() throws Exception {
		for (int i = 0; i < 4; i++) {
			graphQl("10.0.0.2", TWENTY_ONE, null);
		}
		assertThat(graphQl("10.0.0.2", TWENTY_ONE, null).getStatus()).isEqualTo(429);
		MockHttpServletResponse withKey = graphQl("10.0.0.2", "{ rateLimit { limit cost remaining used } }",
				TestApiKeys.keyFor(this.context, ApiRole.ADMIN));
		assertThat(withKey.getStatus()).isEqualTo(200);
		assertThat(withKey.getHeader("x-ratelimit-limit")).isEqualTo("5000");
		Map<String, Object> rateLimit = (Map<String, Object>) CostLimitsTest.data(body(withKey)).get("rateLimit");
		assertThat(rateLimit).containsEntry("limit", 5000).containsEntry("cost", 1);
		assertThat((Integer) rateLimit.get("remaining") + (Integer) rateLimit.get("used")).isEqualTo(5000);
	}

	@Test
	void everyResponseReportsTheBucketInExtensionsAndHeaders() throws Exception {
		MockHttpServletResponse response = graphQl("10.0.0.3", TWENTY_ONE, null);
		assertThat(response.getHeader("x-ratelimit-limit")).isEqualTo("100");
		assertThat(response.getHeader("x-ratelimit-remaining")).isEqualTo("79");
		assertThat(response.getHeader("x-ratelimit-used")).isEqualTo("21");
		assertThat(Long.parseLong(response.getHeader("x-ratelimit-reset")))
			.isGreaterThan(System.currentTimeMillis() / 1000);
		Map<String, Object> cost = CostLimitsTest.cost(body(response));
		assertThat(cost).containsEntry("requestedQueryCost", 21)
			.containsEntry("actualQueryCost", 21)
			.containsEntry("throttleStatus",
					Map.of("maximumAvailable", 100, "currentlyAvailable", 79, "restoreRate", 0.01));
	}

	@Test
	void anImportOverTheBudgetIsRefusedWith429ProblemJson() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(post("/imports?format=gdelt").with((request) -> {
			request.setRemoteAddr("10.0.0.4");
			return request;
		})
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestApiKeys.keyFor(this.context, ApiRole.ADMIN))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.content(new byte[] { 1 })).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isNotNull();
		assertThat(body(response)).containsEntry("status", 429).containsEntry("classification", "THROTTLED");
	}

	@Test
	void aMutationCostsItsBaseCostOnTopOfWhatItSelects() throws Exception {
		Map<String, Object> answer = body(graphQl("10.0.0.5",
				"mutation { createActor(input: {name: \"Costly\", kind: OTHER}) { actor { name } userErrors { code } } }",
				TestApiKeys.keyFor(this.context, ApiRole.EDITOR)));
		assertThat(answer).doesNotContainKey("errors");
		// 10 for the mutation, 1 for the payload, 1 for the actor, 5 for the list of
		// userErrors (5 assumed, each 1).
		assertThat(CostLimitsTest.cost(answer)).containsEntry("requestedQueryCost", 17);
	}

	private MockHttpServletResponse graphQl(String address, String query, String key) {
		try {
			MockHttpServletRequestBuilder request = post("/graphql").with((r) -> {
				r.setRemoteAddr(address);
				return r;
			})
				.contentType(MediaType.APPLICATION_JSON)
				.content(JsonMapper.shared().writeValueAsString(Map.of("query", query)));
			if (key != null) {
				request.header(HttpHeaders.AUTHORIZATION, "Bearer " + key);
			}
			return this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> body(MockHttpServletResponse response) throws Exception {
		return JsonMapper.shared().readValue(response.getContentAsString(), Map.class);
	}

}
