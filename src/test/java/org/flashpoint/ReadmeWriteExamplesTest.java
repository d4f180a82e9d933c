package org.flashpoint;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

/**
 * The README's mutation examples, and the change feed after them, run as written, in
 * order, as an ADMIN would paste them into GraphiQL on a fresh install.
 */
class ReadmeWriteExamplesTest extends WriteIntegrationTest {

	@Test
	void everyWriteExampleRunsAsDocumented() throws IOException {
		List<String> examples = ReadmeExamplesTest.graphQlBlocks()
			.stream()
			.filter((example) -> ReadmeExamplesTest.writesOrFollowsWrites(example)
					&& !ReadmeExamplesTest.needsVariables(example))
			.toList();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
		for (String example : examples) {
			GraphQlTester.Response response = as(ApiRole.ADMIN).document(example).execute();
			Map<?, ?> data = response.errors().verify().path("").entity(Map.class).get();
			Object payload = data.values().iterator().next();
			if (example.startsWith("mutation Rejected")) {
				assertThat(((Map<?, ?>) payload).get("userErrors")).as(example).asInstanceOf(LIST).hasSize(2);
			}
			else if (example.startsWith("mutation")) {
				assertThat(((Map<?, ?>) payload).get("userErrors")).as(example).asInstanceOf(LIST).isEmpty();
			}
			else {
				assertThat(((Map<?, ?>) payload).get("totalCount")).as(example).isNotEqualTo(0);
			}
		}
	}

}
