package org.flashpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

	private static final Pattern CURL_BODY = Pattern.compile("-d '(\\{.*?\\})'", Pattern.DOTALL);

	@Test
	void everyGraphQlExampleRunsWithoutErrorsAndFindsData() {
		ReadmeExamples.runReadExamples(this.graphQl, as(ApiRole.ADMIN));
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

	static List<String> graphQlBlocks() {
		return ReadmeExamples.graphQlBlocks();
	}

	private static String readme() throws IOException {
		return Files.readString(Path.of("README.md"));
	}

}
