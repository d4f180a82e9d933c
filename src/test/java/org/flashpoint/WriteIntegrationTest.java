package org.flashpoint;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flashpoint.security.ApiRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that write. They run in an application of their own, on a database of
 * their own (real MongoDB shares one server between the suite's applications), so the
 * read tests keep seeing the demo dataset exactly as it is seeded. Writing tests create
 * the records they change and never assert on totals of the whole database.
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_writes")
public abstract class WriteIntegrationTest extends IntegrationTest {

	private static final List<String> COLLECTIONS = List.of("actors", "events", "statements", "regions", "sources",
			"changes", "tombstones", "api_keys", "mutation_receipts", "import_jobs");

	@Autowired
	protected MongoTemplate mongo;

	/** Runs a mutation with {@code $input} as the given role. */
	protected GraphQlTester.Response mutate(ApiRole role, String document, Map<String, ?> input) {
		return as(role).document(document).variable("input", input).execute();
	}

	/**
	 * How many documents every collection holds, to prove later that a refused mutation
	 * wrote nothing.
	 */
	protected Map<String, Long> counts() {
		Map<String, Long> counts = new TreeMap<>();
		COLLECTIONS
			.forEach((collection) -> counts.put(collection, this.mongo.getCollection(collection).countDocuments()));
		return counts;
	}

	protected void assertNothingWrittenSince(Map<String, Long> before) {
		assertThat(counts()).as("documents per collection").isEqualTo(before);
	}

	/**
	 * Runs a mutation as an EDITOR that must be refused with this user error, return no
	 * record in {@code payloadField}, and write nothing.
	 */
	protected void expectRefusedWritingNothing(String document, String mutation, String payloadField,
			Map<String, ?> input, String code, List<String> field) {
		Map<String, Long> before = counts();
		GraphQlTester.Response response = mutate(ApiRole.EDITOR, document, input);
		expectUserError(response, mutation, code, field.toArray(String[]::new));
		response.path(mutation + "." + payloadField).valueIsNull();
		assertNothingWrittenSince(before);
	}

	/**
	 * The response's {@code userErrors} of a mutation, as maps of field, message and
	 * code.
	 */
	protected static List<Map<String, Object>> userErrors(GraphQlTester.Response response, String mutation) {
		response.errors().verify();
		return response.path(mutation + ".userErrors").entityList(MAP).get();
	}

	/** The one user error of a mutation has this code at this field path. */
	protected static void expectUserError(GraphQlTester.Response response, String mutation, String code,
			String... field) {
		assertThat(userErrors(response, mutation)).as("userErrors").anySatisfy((error) -> {
			assertThat(error.get("code")).isEqualTo(code);
			assertThat(error.get("field")).isEqualTo(List.of(field));
			assertThat((String) error.get("message")).isNotBlank();
		});
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final Class<Map<String, Object>> MAP = (Class) Map.class;

}
