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
 * Not part of the suite (its name does not end in Test): what the shapes the limits are
 * set against cost in time and allocation on the embedded memory store with the demo data
 * and a GDELT file, with every limit lifted, so that each query runs. Run it with
 * {@code ./mvnw test -Dtest=LimitsWorstCaseMeasurement}; it prints one line per shape with
 * the cost the server computed.
 */
@TestPropertySource(properties = { "spring.mongodb.database=flashpoint_limits_measure",
		"flashpoint.limits.max-cost=1000000000", "flashpoint.limits.max-nodes=1000000000",
		"flashpoint.limits.max-depth=1000", "flashpoint.limits.max-aliases=1000" })
class LimitsWorstCaseMeasurement extends ImportIntegrationTest {

	@Test
	void measure() throws Exception {
		byte[] file = getClass().getResourceAsStream("/gdelt/20161013151500.export.CSV.gz").readAllBytes();
		Map<String, Object> job = importFile("gdelt", "20161013151500.export.CSV.gz", file);
		assertThat(job).containsEntry("state", "DONE");
		String russia = id("Actor", "russia");
		Map<String, String> shapes = new LinkedHashMap<>();
		shapes.put("filtered totalCount x1", "{ events(filter: {types: [\"19\"]}) { totalCount } }");
		shapes.put("filtered totalCount x20", aliases(20, "events(filter: {types: [\"19\"]}) { totalCount }"));
		shapes.put("actorNetwork depth 2 x1",
				"{ actorNetwork(actor: \"%s\", depth: 2) { nodes { name } edges { count } } }".formatted(russia));
		shapes.put("actorNetwork depth 2 x10", aliases(10,
				"actorNetwork(actor: \"%s\", depth: 2) { nodes { name } edges { count } }".formatted(russia)));
		shapes.put("search x1", "{ search(text: \"russia government\", first: 50) { score node { id } } }");
		shapes.put("search x10", aliases(10, "search(text: \"russia government\", first: 50) { score node { id } }"));
		shapes.put("timeline 100", "{ timeline(first: 100) { nodes { ... on Event { summary } } } }");
		shapes.put("timeline 100 x10", aliases(10, "timeline(first: 100) { nodes { ... on Event { summary } } }"));
		shapes.put("events 100 wide", "{ events(first: 100) { nodes { summary initiator { name } target { name } "
				+ "participants { actor { name } } reports { source { name } } region { name } } } }");
		shapes.put("events 100 x20", aliases(20, "events(first: 100) { nodes { id summary } }"));
		shapes.put("actors 100 events 100", "{ actors(first: 100) { nodes { events(first: 100) { nodes { id } } } } }");
		shapes.put("actors 20 events 20 initiator events 20",
				"{ actors { nodes { events { nodes { initiator { events { nodes { id } } } } } } } }");
		shapes.put("actors 100 events totalCount",
				"{ actors(first: 100) { nodes { events(filter: {types: [\"19\"]}) { totalCount } } } }");
		shapes.put("interactions 100", "{ actors(first: 100) { nodes { interactions(first: 20) { count } } } }");
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

	private static String aliases(int count, String field) {
		return IntStream.range(0, count).mapToObj((i) -> "a" + i + ": " + field).collect(Collectors.joining(" ", "{ ", " }"));
	}

}
