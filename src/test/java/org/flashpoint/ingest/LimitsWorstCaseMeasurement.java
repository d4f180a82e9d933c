package org.flashpoint.ingest;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Not part of the suite (its name does not end in Test): what the worst operations the
 * default limits still let through cost in time and allocation, on the embedded memory
 * store with the demo data and a GDELT file. Run it with
 * {@code ./mvnw test -Dtest=LimitsWorstCaseMeasurement}; it prints one line per shape
 * with the cost the server computed.
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_limits_measure")
class LimitsWorstCaseMeasurement extends ImportIntegrationTest {

	@Test
	void measure() throws Exception {
		byte[] file = getClass().getResourceAsStream("/gdelt/20161013151500.export.CSV.gz").readAllBytes();
		Map<String, Object> job = importFile("gdelt", "20161013151500.export.CSV.gz", file);
		assertThat(job).containsEntry("state", "DONE");
		String russia = id("Actor", "russia");
		Map<String, String> shapes = new LinkedHashMap<>();
		// The most of each expensive kind one operation may ask for under the default
		// limits.
		shapes.put("16 filtered root totalCounts",
				"{ " + fields("e", 8, "events(filter: {types: [\"19\"]}) { totalCount }") + " "
						+ fields("s", 8, "statements(filter: {kinds: [WARNING]}) { totalCount }") + " }");
		shapes.put("2 x actorNetwork depth 2", aliases(2,
				"actorNetwork(actor: \"%s\", depth: 2) { nodes { name } edges { count } }".formatted(russia)));
		shapes.put("2 x search first 50",
				aliases(2, "search(text: \"russia government\", first: 50) { score node { id } }"));
		shapes.put("actors 100 x events 95", "{ actors(first: 100) { nodes { events(first: 95) { nodes { id } } } } }");
		shapes.put("actors 20 x events 20 x initiator x events 20",
				"{ actors { nodes { events { nodes { initiator { events { nodes { id } } } } } } } }");
		shapes.put("events 100 wide", "{ events(first: 100) { nodes { summary initiator { name } target { name } "
				+ "participants { actor { name } } reports { source { name } } region { name } } } }");
		shapes.put("10 x timeline 100", aliases(10, "timeline(first: 100) { nodes { ... on Event { summary } } }"));
		shapes.put("9 x events 100", aliases(9, "events(first: 100) { nodes { id summary } }"));
		for (Map.Entry<String, String> shape : shapes.entrySet()) {
			run(shape.getKey(), shape.getValue());
			run(shape.getKey(), shape.getValue());
		}
	}

	private void run(String name, String query) throws Exception {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocated = threads.getTotalThreadAllocatedBytes();
		long start = System.nanoTime();
		MvcResult result = this.mvc
			.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.content(JsonMapper.shared().writeValueAsString(Map.of("query", query))))
			.andReturn();
		long millis = (System.nanoTime() - start) / 1_000_000;
		long mb = (threads.getTotalThreadAllocatedBytes() - allocated) / 1_000_000;
		String body = result.getResponse().getContentAsString();
		Map<?, ?> answer = JsonMapper.shared().readValue(body, Map.class);
		Object cost = ((Map<?, ?>) ((Map<?, ?>) answer.get("extensions")).get("cost")).get("requestedQueryCost");
		System.out.printf("MEASURE %-45s cost %8s %6d ms %6d MB allocated %8d bytes%s%n", name, cost, millis, mb,
				body.length(), answer.containsKey("errors") ? " ERRORS " + answer.get("errors") : "");
	}

	private static String fields(String prefix, int count, String field) {
		return IntStream.range(0, count).mapToObj((i) -> prefix + i + ": " + field).collect(Collectors.joining(" "));
	}

	private static String aliases(int count, String field) {
		return IntStream.range(0, count)
			.mapToObj((i) -> "a" + i + ": " + field)
			.collect(Collectors.joining(" ", "{ ", " }"));
	}

}
