package org.flashpoint.statement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flashpoint.WriteIntegrationTest;
import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** recordStatement and deleteStatement through GraphQL. */
class StatementMutationsTest extends WriteIntegrationTest {

	static final String RECORD = """
			mutation($input: RecordStatementInput!) {
			  recordStatement(input: $input) {
			    statement { id kind madeOn madeOnPrecision quote summary speaker { name } addressees { name }
			      mentions { name } about { nodes { id } } region { name } reports { source { name } url } }
			    userErrors { field message code }
			  }
			}""";

	static final String DELETE = """
			mutation($input: DeleteStatementInput!) {
			  deleteStatement(input: $input) { deletedId userErrors { field message code } }
			}""";

	/**
	 * A statement as an editor reads it on a wire: Iran warns Israel against a ground
	 * offensive.
	 */
	static Map<String, Object> validStatement() {
		Map<String, Object> input = new HashMap<>();
		input.put("speaker", id("Actor", "iran"));
		input.put("kind", "WARNING");
		input.put("madeOn", "2023-10-14");
		input.put("quote", "If the aggression does not stop, the region will slip out of control.");
		input.put("addressees", List.of(id("Actor", "israel")));
		input.put("mentions", List.of(id("Actor", "hamas")));
		input.put("about", List.of(id("Event", "gaza-bombardment")));
		input.put("region", id("Region", "gaza-strip"));
		input.put("reports", List.of(Map.of("source", id("Source", "interfax"), "url", "https://interfax.ru/world/2")));
		return input;
	}

	static Map<String, Object> with(String field, Object value) {
		Map<String, Object> input = validStatement();
		input.put(field, value);
		return input;
	}

	@Test
	void recordsAStatementWithItsSpeakerAndWhatItIsAbout() {
		GraphQlTester.Response response = mutate(ApiRole.EDITOR, RECORD, validStatement());
		assertThat(userErrors(response, "recordStatement")).isEmpty();
		response.path("recordStatement.statement.speaker.name")
			.entity(String.class)
			.isEqualTo("Iran")
			.path("recordStatement.statement.kind")
			.entity(String.class)
			.isEqualTo("WARNING")
			.path("recordStatement.statement.madeOnPrecision")
			.entity(String.class)
			.isEqualTo("DAY")
			.path("recordStatement.statement.addressees[*].name")
			.entityList(String.class)
			.containsExactly("Israel")
			.path("recordStatement.statement.about.nodes[*].id")
			.entityList(String.class)
			.containsExactly(id("Event", "gaza-bombardment"))
			.path("recordStatement.statement.region.name")
			.entity(String.class)
			.isEqualTo("Gaza Strip")
			.path("recordStatement.statement.reports[0].source.name")
			.entity(String.class)
			.isEqualTo("Interfax");
		String statementId = response.path("recordStatement.statement.id").entity(String.class).get();
		this.graphQl.document(
				"""
						query($iran: ID!) { actor(id: $iran) { statements(filter: {kinds: [WARNING], text: "slip out of control"}) { nodes { id } } } }""")
			.variable("iran", id("Actor", "iran"))
			.execute()
			.path("actor.statements.nodes[*].id")
			.entityList(String.class)
			.containsExactly(statementId);
	}

	static List<Object[]> invalidStatements() {
		String tomorrow = LocalDate.now().plusDays(1).toString();
		Map<String, Object> wordless = validStatement();
		wordless.remove("quote");
		return List.<Object[]>of(
				new Object[] { "speaker missing", with("speaker", null), "REQUIRED", List.of("input", "speaker") },
				new Object[] { "speaker of no actor", with("speaker", id("Actor", "nobody")), "NOT_FOUND",
						List.of("input", "speaker") },
				new Object[] { "speaker not an actor", with("speaker", id("Source", "interfax")), "INVALID",
						List.of("input", "speaker") },
				new Object[] { "kind missing", with("kind", null), "REQUIRED", List.of("input", "kind") },
				new Object[] { "date missing", with("madeOn", null), "REQUIRED", List.of("input", "madeOn") },
				new Object[] { "date in the future", with("madeOn", tomorrow), "INVALID", List.of("input", "madeOn") },
				new Object[] { "neither quote nor summary", wordless, "REQUIRED", List.of("input", "summary") },
				new Object[] { "quote too long", with("quote", "x".repeat(5001)), "TOO_LONG",
						List.of("input", "quote") },
				new Object[] { "about no event", with("about", List.of(id("Event", "nothing"))), "NOT_FOUND",
						List.of("input", "about", "0") },
				new Object[] { "mention not an id", with("mentions", List.of("%%%")), "INVALID",
						List.of("input", "mentions", "0") },
				new Object[] { "addressee of no actor",
						with("addressees", List.of(id("Actor", "israel"), id("Actor", "nobody"))), "NOT_FOUND",
						List.of("input", "addressees", "1") },
				new Object[] { "region of no region", with("region", id("Region", "atlantis")), "NOT_FOUND",
						List.of("input", "region") });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidStatements")
	void refusedStatementWritesNothing(String description, Map<String, Object> input, String code, List<String> field) {
		expectRefusedWritingNothing(RECORD, "recordStatement", "statement", input, code, field);
	}

	@Test
	void aStatementWithAnExternalIdIsRecordedOnce() {
		Map<String, Object> input = with("externalIds", List.of(Map.of("system", "GDELT", "id", "stmt-77")));
		String first = record(input);
		Map<String, Long> before = counts();
		mutate(ApiRole.EDITOR, RECORD, input).path("recordStatement.statement.id")
			.entity(String.class)
			.isEqualTo(first);
		assertNothingWrittenSince(before);
	}

	@Test
	void deleteLeavesATombstoneAndIsSafeToRepeat() {
		String statementId = record(validStatement());
		assertThat(userErrors(mutate(ApiRole.ADMIN, DELETE, Map.of("id", statementId)), "deleteStatement")).isEmpty();
		this.graphQl.document("query($id: ID!) { statement(id: $id) { id } node(id: $id) { id } }")
			.variable("id", statementId)
			.execute()
			.path("statement")
			.valueIsNull()
			.path("node")
			.valueIsNull();
		Map<String, Long> before = counts();
		mutate(ApiRole.ADMIN, DELETE, Map.of("id", statementId)).path("deleteStatement.deletedId")
			.entity(String.class)
			.isEqualTo(statementId);
		expectUserError(mutate(ApiRole.ADMIN, DELETE, Map.of("id", id("Statement", "never-was"))), "deleteStatement",
				"NOT_FOUND", "input", "id");
		assertNothingWrittenSince(before);
	}

	String record(Map<String, Object> input) {
		GraphQlTester.Response response = mutate(ApiRole.EDITOR, RECORD, input);
		assertThat(userErrors(response, "recordStatement")).isEmpty();
		return response.path("recordStatement.statement.id").entity(String.class).get();
	}

}
