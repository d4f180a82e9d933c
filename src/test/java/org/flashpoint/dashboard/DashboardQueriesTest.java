package org.flashpoint.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import org.flashpoint.IntegrationTest;
import org.flashpoint.graphql.limits.LimitsProperties;
import org.flashpoint.web.ClasspathText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every request the dashboard sends is one of the files in
 * {@code static/dashboard/queries/}: each is valid against the schema, and each query,
 * sent as the page sends it (here with the demo data's Gaza Strip and Putin), is answered
 * without errors and costs at most half of what one operation may cost — the page stays
 * well inside the limits it shows its users.
 */
class DashboardQueriesTest extends IntegrationTest {

	private static final String QUERIES = "static/dashboard/queries/";

	private static final Pattern IMPORT = Pattern.compile("(?m)^#import \"([\\w/-]+\\.graphql)\"$");

	private static final String GAZA = id("Region", "gaza-strip");

	private static final String PUTIN = id("Actor", "vladimir-putin");

	/**
	 * Variables as the page sends them, for every query file (a new file needs its own).
	 */
	private static final Map<String, Map<String, Object>> VARIABLES = Map.ofEntries(Map.entry("Overview", Map.of()),
			Map.entry("MapEvents", Map.of("filter", Map.of("regions", List.of(GAZA)))),
			Map.entry("Escalation", Map.of("region", GAZA, "from", "2022-10-30", "to", "2023-10-29")),
			Map.entry("Hotspots", Map.of("within", GAZA, "level", "ADMIN1")),
			Map.entry("ActorNetwork", Map.of("actor", PUTIN)),
			Map.entry("Timeline", Map.of("filter", Map.of("regions", List.of(GAZA)))),
			Map.entry("Search", Map.of("text", "putin")), Map.entry("Suggest", Map.of("text", "gaza")),
			Map.entry("EventDetail", Map.of("id", id("Event", "gaza-deaths-2023-10-29"))),
			Map.entry("Selection", Map.of("region", GAZA, "actor", PUTIN, "withRegion", true, "withActor", true)),
			Map.entry("LiveStart", Map.of("since", "2000-01-01T00:00:00Z")),
			Map.entry("RecentEvents", Map.of("filter", Map.of("regions", List.of(GAZA)))));

	/**
	 * Subscriptions are validated here; that they deliver is the browser check's part.
	 */
	private static final List<String> SUBSCRIPTIONS = List.of("LiveEvents");

	@Autowired
	private GraphQlSource graphQlSource;

	@Autowired
	private LimitsProperties limits;

	@Test
	void everyQueryFileIsValidAgainstTheSchema() throws IOException {
		Map<String, String> documents = documents();
		assertThat(documents.keySet()).as("every query file has its sample variables here")
			.containsExactlyInAnyOrderElementsOf(
					java.util.stream.Stream.concat(VARIABLES.keySet().stream(), SUBSCRIPTIONS.stream()).toList());
		documents.forEach((name, text) -> {
			ParseAndValidateResult result = ParseAndValidate.parseAndValidate(this.graphQlSource.schema(),
					ExecutionInput.newExecutionInput(text).operationName(name).build());
			assertThat(result.getErrors()).as(name).isEmpty();
			assertThat(text).as("%s names its operation after its file", name)
				.containsPattern("(query|subscription) " + name + "\\b");
		});
	}

	@Test
	void everyQueryIsAnsweredWithoutErrorsWellUnderTheCostLimit() throws Exception {
		Map<String, Long> costs = new TreeMap<>();
		for (Map.Entry<String, String> document : documents().entrySet()) {
			String name = document.getKey();
			if (SUBSCRIPTIONS.contains(name)) {
				continue;
			}
			Map<String, Object> answer = send(document.getValue(), name, VARIABLES.get(name));
			assertThat(answer.get("errors")).as(name).isNull();
			assertThat(answer.get("data")).as(name).isNotNull();
			long cost = ((Number) cost(answer).get("requestedQueryCost")).longValue();
			costs.put(name, cost);
			assertThat(cost).as("%s costs at most half the limit", name).isLessThanOrEqualTo(this.limits.maxCost() / 2);
		}
		assertThat(costs).hasSize(VARIABLES.size());
	}

	@Test
	void theQueriesFindTheDemoCrisis() throws Exception {
		Map<String, String> documents = documents();
		assertThat(json(send(documents.get("ActorNetwork"), "ActorNetwork", VARIABLES.get("ActorNetwork"))))
			.contains("Benjamin Netanyahu", "Mahmoud Abbas");
		assertThat(json(send(documents.get("Hotspots"), "Hotspots", VARIABLES.get("Hotspots")))).contains("Gaza Strip");
		assertThat(json(send(documents.get("Timeline"), "Timeline", VARIABLES.get("Timeline"))))
			.contains("Gaza Ministry of Health");
		assertThat(json(send(documents.get("Suggest"), "Suggest", VARIABLES.get("Suggest")))).contains(GAZA);
	}

	private Map<String, Object> send(String query, String operationName, Map<String, Object> variables)
			throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("query", query);
		body.put("operationName", operationName);
		body.put("variables", variables);
		String answer = this.mvc
			.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.content(JsonMapper.shared().writeValueAsString(body)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		@SuppressWarnings("unchecked")
		Map<String, Object> parsed = JsonMapper.shared().readValue(answer, Map.class);
		return parsed;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cost(Map<String, Object> answer) {
		return (Map<String, Object>) ((Map<String, Object>) answer.get("extensions")).get("cost");
	}

	private static String json(Map<String, Object> answer) {
		return JsonMapper.shared().writeValueAsString(answer);
	}

	/**
	 * The operations as the page sends them: each file followed by the fragment files its
	 * {@code #import} lines name, and theirs, each once (api.js does the same).
	 */
	private static Map<String, String> documents() throws IOException {
		Map<String, String> documents = new TreeMap<>();
		for (Resource file : new PathMatchingResourcePatternResolver()
			.getResources("classpath:static/dashboard/queries/*.graphql")) {
			String text = StreamUtils.copyToString(file.getInputStream(), StandardCharsets.UTF_8);
			documents.put(file.getFilename().replace(".graphql", ""), withImports(text, new HashSet<>()));
		}
		return documents;
	}

	private static String withImports(String text, Set<String> seen) {
		StringBuilder document = new StringBuilder(text);
		Matcher imports = IMPORT.matcher(text);
		while (imports.find()) {
			if (seen.add(imports.group(1))) {
				document.append('\n').append(withImports(ClasspathText.read(QUERIES + imports.group(1)), seen));
			}
		}
		return document.toString();
	}

}
