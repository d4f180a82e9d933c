package org.flashpoint.graphql.limits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.flashpoint.IntegrationTest;
import org.flashpoint.MongoCommandCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The abuse shapes of issue 10 are refused with the default limits before anything runs
 * (not one database command), quickly, with the computed figure and the limit, while a
 * small query sent at the same time answers normally; and what a client of the README
 * asks for still runs.
 */
class CostLimitsTest extends IntegrationTest {

	private static final String SMALL = "{ actor(id: \"%s\") { name } }";

	private static ExecutorService pool;

	@Autowired
	private MeterRegistry meters;

	@BeforeAll
	static void startPool() {
		pool = Executors.newFixedThreadPool(2);
	}

	@AfterAll
	static void stopPool() {
		pool.shutdownNow();
	}

	static List<Arguments> abuseShapes() {
		return List
			.of(Arguments.of("depth 15 actors, events, initiator, events... with first: 100", deep(15),
					"MAX_DEPTH_EXCEEDED", "depth", "maxDepth"),
					Arguments.of("500 aliased events(first: 100)", aliases(500,
							"events(first: 100) { nodes { id summary } }"), "MAX_COST_EXCEEDED", "cost", "maxCost"),
					Arguments.of("14 fragments each spreading the previous twice", doublingFragments(14),
							"MAX_COST_EXCEEDED", "cost", "maxCost"),
					Arguments.of(
							"100 aliases of a filtered totalCount", aliases(100,
									"events(filter: {types: [\"19\"], countries: [\"UKR\"]}) { totalCount }"),
							"MAX_COST_EXCEEDED", "cost", "maxCost"),
					Arguments
						.of("50 aliases of actorNetwork(depth: 2)",
								aliases(50,
										"actorNetwork(actor: \"%s\", depth: 2) { nodes { name } edges { count } }"
											.formatted(id("Actor", "russia"))),
								"MAX_COST_EXCEEDED", "cost", "maxCost"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("abuseShapes")
	void anAbuseShapeIsRefusedBeforeAnythingRunsWhileASmallQueryAnswers(String shape, String query,
			String classification, String figure, String limit) throws Exception {
		MongoCommandCounter counter = new MongoCommandCounter(this.meters);
		ask(SMALL.formatted(id("Actor", "russia")), null); // warm
		Map<String, Long> before = counter.snapshot();
		long start = System.nanoTime();
		CompletableFuture<Map<String, Object>> refused = CompletableFuture.supplyAsync(() -> ask(query, null), pool);
		CompletableFuture<Map<String, Object>> small = CompletableFuture
			.supplyAsync(() -> ask(SMALL.formatted(id("Actor", "vladimir-putin")), null), pool);
		Map<String, Object> answer = refused.get();
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertThat(answer.get("data")).as("nothing executed").isNull();
		List<Map<String, Object>> errors = errors(answer);
		assertThat(errors).hasSize(1);
		Map<String, Object> extensions = extensions(errors.get(0));
		assertThat(extensions).containsEntry("classification", classification);
		assertThat(((Number) extensions.get(figure)).longValue())
			.isGreaterThan(((Number) extensions.get(limit)).longValue());
		assertThat(millis).as("refused in well under a second").isLessThan(1000);
		assertThat(data(small.get())).isEqualTo(Map.of("actor", Map.of("name", "Vladimir Putin")));
		// The small query's own reads are the only commands: one actor lookup.
		Map<String, Long> sent = new java.util.TreeMap<>();
		counter.snapshot().forEach((key, count) -> {
			long delta = count - before.getOrDefault(key, 0L);
			if (delta > 0) {
				sent.put(key, delta);
			}
		});
		assertThat(sent.values().stream().mapToLong(Long::longValue).sum()).as("commands sent: %s", sent)
			.isLessThanOrEqualTo(1);
	}

	@Test
	void refusedOperationsAreNotExecutedAtAll() {
		MongoCommandCounter counter = new MongoCommandCounter(this.meters);
		assertThat(counter.during(() -> ask(deep(15), null))).isEmpty();
		assertThat(counter.during(() -> ask(doublingFragments(14), null))).isEmpty();
	}

	@Test
	void underGraphQlResponseJsonARefusalIsHttp400() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.parseMediaType("application/graphql-response+json"))
				.content(JsonMapper.shared().writeValueAsString(Map.of("query", deep(15)))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("MAX_DEPTH_EXCEEDED");
	}

	@Test
	void tooManyAliasesOfOneFieldAreRefusedWithTheField() {
		Map<String, Object> answer = ask(aliases(11, "actor(id: \"%s\") { name }".formatted(id("Actor", "russia"))),
				null);
		Map<String, Object> extensions = extensions(errors(answer).get(0));
		assertThat(extensions).containsEntry("classification", "MAX_COST_EXCEEDED")
			.containsEntry("aliases", 11)
			.containsEntry("maxAliases", 10)
			.containsEntry("field", "Query.actor");
		assertThat(answer.get("data")).isNull();
	}

	@Test
	void tooManyOperationsInOneDocumentAreRefused() {
		String document = IntStream.range(0, 6)
			.mapToObj((i) -> "query Q%d { actors(first: 1) { totalCount } }".formatted(i))
			.collect(Collectors.joining("\n"));
		Map<String, Object> answer = postNamed(document, "Q0");
		assertThat(extensions(errors(answer).get(0))).containsEntry("classification", "MAX_COST_EXCEEDED")
			.containsEntry("operations", 6)
			.containsEntry("maxOperations", 5);
	}

	@Test
	void theReadmeWorkedExampleCostsWhatTheReadmeSays() {
		Map<String, Object> answer = ask("""
				{
				  actors(first: 10, filter: {kinds: [STATE]}) {
				    totalCount
				    nodes {
				      name
				      events(first: 5) { nodes { summary initiator { name } } }
				    }
				  }
				}""", null);
		assertThat(answer).doesNotContainKey("errors");
		assertThat(cost(answer)).containsEntry("requestedQueryCost", 721).containsEntry("actualQueryCost", 721);
	}

	@Test
	void everyResponseCarriesTheCostAndTheThrottleStatus() {
		Map<String, Object> answer = ask("{ rateLimit { limit cost remaining resetAt used } }", null);
		Map<String, Object> cost = cost(answer);
		assertThat(cost).containsEntry("requestedQueryCost", 1).containsKey("throttleStatus");
		@SuppressWarnings("unchecked")
		Map<String, Object> status = (Map<String, Object>) cost.get("throttleStatus");
		assertThat(status).containsKeys("maximumAvailable", "currentlyAvailable", "restoreRate");
		@SuppressWarnings("unchecked")
		Map<String, Object> rateLimit = (Map<String, Object>) data(answer).get("rateLimit");
		assertThat(rateLimit).containsEntry("cost", 1).containsEntry("limit", status.get("maximumAvailable"));
	}

	/**
	 * Depth {@code hops}: actors, then events and initiator in turn, each page of 100.
	 */
	static String deep(int hops) {
		StringBuilder query = new StringBuilder("{ actors(first: 100) { nodes { ");
		int closing = 2;
		for (int i = 0; i < hops; i++) {
			if (i % 2 == 0) {
				query.append("events(first: 100) { nodes { ");
				closing += 2;
			}
			else {
				query.append("initiator { ");
				closing += 1;
			}
		}
		query.append("id ");
		return query.append("} ".repeat(closing)).append("}").toString();
	}

	static String aliases(int count, String field) {
		return IntStream.range(0, count)
			.mapToObj((i) -> "a" + i + ": " + field)
			.collect(Collectors.joining(" ", "{ ", " }"));
	}

	/**
	 * {@code F0} selects a page of events; each further fragment spreads the previous one
	 * twice.
	 */
	static String doublingFragments(int count) {
		StringBuilder document = new StringBuilder("{ events(first: 100) { ...F%d } }\n".formatted(count));
		document.append("fragment F0 on EventConnection { nodes { id summary initiator { name } } }\n");
		for (int i = 1; i <= count; i++) {
			document
				.append("fragment F%d on EventConnection { totalCount ...F%d ...F%d }\n".formatted(i, i - 1, i - 1));
		}
		return document.toString();
	}

	private Map<String, Object> ask(String query, String key) {
		return send(Map.of("query", query), key);
	}

	private Map<String, Object> postNamed(String query, String operationName) {
		return send(Map.of("query", query, "operationName", operationName), null);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> send(Map<String, String> body, String key) {
		try {
			var request = post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.content(JsonMapper.shared().writeValueAsString(body));
			if (key != null) {
				request.header(HttpHeaders.AUTHORIZATION, "Bearer " + key);
			}
			String content = this.mvc.perform(request).andReturn().getResponse().getContentAsString();
			return JsonMapper.shared().readValue(content, Map.class);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> errors(Map<String, Object> answer) {
		return (List<Map<String, Object>>) answer.get("errors");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> extensions(Map<String, Object> error) {
		return (Map<String, Object>) error.get("extensions");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> data(Map<String, Object> answer) {
		return (Map<String, Object>) answer.get("data");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> cost(Map<String, Object> answer) {
		return (Map<String, Object>) ((Map<String, Object>) answer.get("extensions")).get("cost");
	}

}
