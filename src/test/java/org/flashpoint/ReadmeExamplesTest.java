package org.flashpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example queries run as written, and the Postman collection that CI runs
 * with Newman carries each of them, so the documentation cannot drift from the API.
 */
class ReadmeExamplesTest extends IntegrationTest {

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern CURL_BODY = Pattern.compile("-d '(\\{.*?\\})'", Pattern.DOTALL);

	@Test
	void everyGraphQlExampleRunsWithoutErrorsAndFindsData() throws IOException {
		List<String> examples = graphQlBlocks().stream()
			.filter((example) -> !writesOrFollowsWrites(example) && !needsVariables(example))
			.toList();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
		for (String example : examples) {
			if (example.contains("integrityReport")) {
				// The operators' check needs ADMIN; on the demo data it finds nothing broken.
				as(ApiRole.ADMIN).document(example).execute().errors().verify().path("integrityReport.intact").entity(Boolean.class).isEqualTo(true);
				continue;
			}
			Map<?, ?> data = this.graphQl.document(example).execute().errors().verify().path("").entity(Map.class).get();
			assertThat(data.toString()).as(example).contains("name=");
		}
	}

	@Test
	void everyCurlExampleRunsWithoutErrors() throws IOException {
		Matcher bodies = CURL_BODY.matcher(readme());
		int count = 0;
		while (bodies.find()) {
			Map<?, ?> request = JsonMapper.shared().readValue(bodies.group(1), Map.class);
			var spec = this.graphQl.document((String) request.get("query"));
			if (request.get("variables") instanceof Map<?, ?> variables) {
				for (var variable : variables.entrySet()) {
					spec = spec.variable((String) variable.getKey(), variable.getValue());
				}
			}
			spec.execute().errors().verify();
			count++;
		}
		assertThat(count).isEqualTo(2);
	}

	@Test
	void thePostmanCollectionCarriesEveryExample() throws IOException {
		String collection = Files.readString(Path.of("postman/flashpoint.postman_collection.json"));
		String queries = JsonMapper.shared().readTree(collection).findValues("query").toString();
		for (String example : graphQlBlocks()) {
			assertThat(queries).contains(JsonMapper.shared().writeValueAsString(example));
		}
	}

	/**
	 * Mutations, and the change feed that lists them, run against a database of their
	 * own ({@link ReadmeWriteExamplesTest}), so the demo data here stays as seeded.
	 */
	static boolean writesOrFollowsWrites(String example) {
		return example.startsWith("mutation") || example.contains("changes(");
	}

	/**
	 * An example with variables (an import job's id) cannot run as written; the Postman
	 * collection runs it with the variables its requests before it set.
	 */
	static boolean needsVariables(String example) {
		return example.matches("(?s)^(query|mutation) \\w+\\(\\$.*");
	}

	static List<String> graphQlBlocks() throws IOException {
		List<String> blocks = new ArrayList<>();
		Matcher matcher = GRAPHQL_BLOCK.matcher(readme());
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		return blocks;
	}

	private static String readme() throws IOException {
		return Files.readString(Path.of("README.md"));
	}

}
