package org.flashpoint.graphql.get;

import java.util.Map;

import org.flashpoint.IntegrationTest;
import org.flashpoint.graphql.persisted.HttpGraphQlClient;
import org.flashpoint.graphql.persisted.HttpGraphQlClient.Answer;
import org.flashpoint.security.ApiRole;
import org.flashpoint.security.TestApiKeys;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashpoint.graphql.persisted.HttpGraphQlClient.body;
import static org.flashpoint.graphql.persisted.HttpGraphQlClient.persistedQuery;
import static org.flashpoint.graphql.persisted.HttpGraphQlClient.sha256;

/**
 * Queries over {@code GET /graphql}, through a real server (its security filters, its
 * headers): they answer as POST does, cacheably where that is safe; mutations are 405 and
 * run nothing; parameters that are not a GraphQL request are a clear 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "flashpoint.embedded.storage=memory", "flashpoint.persisted-queries.max-entries=3" })
class GetQueriesTest extends IntegrationTest {

	private static final String EVENTS = "query Latest($n: Int) { events(first: $n, orderBy: {field: OCCURRED_ON, direction: DESC}) { totalCount nodes { occurredOn } } }";

	@LocalServerPort
	private int port;

	@Test
	void aQueryWithVariablesAndOperationNameAnswersAsPostDoes() throws Exception {
		Answer get = client().get(Map.of("query", EVENTS, "variables", Map.of("n", 2), "operationName", "Latest"));
		Answer post = client().post(Map.of("query", EVENTS, "variables", Map.of("n", 2), "operationName", "Latest"));
		assertThat(get.status()).isEqualTo(200);
		assertThat(get.header("Content-Type")).startsWith("application/json");
		assertThat(get.json().has("errors")).isFalse();
		assertThat(get.json().at("/data/events/nodes").size()).isEqualTo(2);
		assertThat(get.json().get("data")).isEqualTo(post.json().get("data"));
	}

	@Test
	void anAnonymousAnswerIsCacheableOneForAKeyIsNot() throws Exception {
		Answer anonymous = client().get(Map.of("query", "{ actors(first: 1) { totalCount } }"));
		assertThat(anonymous.header("Cache-Control")).isEqualTo("public, max-age=60");
		assertThat(anonymous.header("Vary")).contains("Authorization").contains("Accept");

		Answer withKey = client().withKey(TestApiKeys.keyFor(this.context, ApiRole.READER))
			.get(Map.of("query", "{ actors(first: 1) { totalCount } }"));
		assertThat(withKey.status()).isEqualTo(200);
		assertThat(withKey.json().at("/data/actors/totalCount").asInt()).isPositive();
		assertThat(withKey.header("Cache-Control")).isEqualTo("private, no-store");
	}

	@Test
	void anAnswerWithErrorsIsNotCacheable() throws Exception {
		Answer answer = client().get(Map.of("query", "{ actors { shoeSize } }"));
		assertThat(answer.error().path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(answer.header("Cache-Control")).isEqualTo("private, no-store");
	}

	@Test
	void aMutationOverGetIs405AndWritesNothing() throws Exception {
		String mutation = "mutation { createActor(input: {name: \"Created over GET\", kind: OTHER}) { actor { id } } }";
		Answer answer = client().withKey(TestApiKeys.keyFor(this.context, ApiRole.EDITOR))
			.get(Map.of("query", mutation));
		assertThat(answer.status()).isEqualTo(405);
		assertThat(answer.header("Allow")).isEqualTo("POST");
		assertThat(answer.error().path("message").asString())
			.isEqualTo("Only queries may be sent with GET; send a mutation with POST");
		assertThat(answer.error().path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		this.graphQl.document("{ actors(filter: {search: \"Created over GET\"}) { totalCount } }")
			.execute()
			.path("actors.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void aMutationChosenByOperationNameOrRegisteredUnderAHashIs405Too() throws Exception {
		String document = "query Read { actors(first: 1) { totalCount } } "
				+ "mutation Write { createActor(input: {name: \"Named over GET\", kind: OTHER}) { actor { id } } }";
		assertThat(client().get(Map.of("query", document, "operationName", "Write")).status()).isEqualTo(405);
		assertThat(client().get(Map.of("query", document, "operationName", "Read")).json().has("errors")).isFalse();

		String mutation = "mutation RegisteredWrite { createActor(input: {name: \"Hashed over GET\", kind: OTHER}) { userErrors { code } } }";
		// Registered over POST (anonymously: the mutation itself is refused UNAUTHORIZED,
		// the document is kept).
		client().post(body(mutation, persistedQuery(sha256(mutation))));
		assertThat(client().get(Map.of("extensions", persistedQuery(sha256(mutation)))).status()).isEqualTo(405);
	}

	@Test
	void persistedQueriesWorkOverGetAndOnlyTheirAnswersAreCached() throws Exception {
		String query = "query PersistedOverGet { regions(first: 1) { totalCount } }";
		Map<String, Object> hashOnly = Map.of("extensions", persistedQuery(sha256(query)));
		Answer miss = client().get(hashOnly);
		assertThat(miss.error().path("message").asString()).isEqualTo("PersistedQueryNotFound");
		assertThat(miss.header("Cache-Control")).isEqualTo("private, no-store");

		assertThat(client().post(body(query, persistedQuery(sha256(query)))).json().has("errors")).isFalse();
		Answer hit = client().get(hashOnly);
		assertThat(hit.json().has("errors")).isFalse();
		assertThat(hit.json().at("/data/regions/totalCount").asInt()).isPositive();
		assertThat(hit.header("Cache-Control")).isEqualTo("public, max-age=60");
	}

	@Test
	void variablesThatAreNotJsonAre400WithAClearMessage() throws Exception {
		Answer answer = client().get(Map.of("query", EVENTS, "variables", "{n: 2"));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.error().path("message").asString())
			.isEqualTo("The parameter 'variables' is not valid JSON: give a URL-encoded JSON object");
		assertThat(answer.error().path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(answer.body()).doesNotContain("Exception");

		Answer notAnObject = client().get(Map.of("query", EVENTS, "variables", "[2]"));
		assertThat(notAnObject.status()).isEqualTo(400);
		assertThat(notAnObject.error().path("message").asString())
			.isEqualTo("The parameter 'variables' must be a JSON object");
	}

	@Test
	void aGetWithoutAQueryIs400() throws Exception {
		Answer answer = client().get(Map.of());
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.error().path("message").asString())
			.startsWith("A GraphQL GET request needs a 'query' parameter");
	}

	private HttpGraphQlClient client() {
		return HttpGraphQlClient.on(this.port);
	}

}
