package org.flashpoint.graphql.persisted;

import java.util.Map;

import org.flashpoint.IntegrationTest;
import org.flashpoint.graphql.persisted.HttpGraphQlClient.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashpoint.graphql.persisted.HttpGraphQlClient.body;
import static org.flashpoint.graphql.persisted.HttpGraphQlClient.persistedQuery;
import static org.flashpoint.graphql.persisted.HttpGraphQlClient.sha256;

/**
 * Apollo's automatic persisted queries over real HTTP, as Apollo's link runs them: the
 * hash alone, {@code PersistedQueryNotFound}, the retry with the text, then the hash
 * alone again. The cache is kept small here to show that it is bounded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "flashpoint.embedded.storage=memory", "flashpoint.persisted-queries.max-entries=3" })
public class PersistedQueriesTest extends IntegrationTest {

	@LocalServerPort
	private int port;

	@Test
	void anUnknownHashIsPersistedQueryNotFoundAsApollosLinkExpects() throws Exception {
		String query = "query UnknownHash { actors(first: 1) { totalCount } }";
		Answer answer = client().post(body(null, persistedQuery(sha256(query))));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.error().path("message").asString()).isEqualTo("PersistedQueryNotFound");
		assertThat(answer.error().path("extensions").path("code").asString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(answer.error().path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
		assertThat(answer.json().has("data")).isFalse();
		assertThat(answer.body()).doesNotContain("PersistedQueryMarker").doesNotContain("Exception");
	}

	@Test
	void theRetryWithTheTextRegistersItAndTheHashAloneThenAnswers() throws Exception {
		String query = "query RegisterThenHit { actors(filter: {search: \"putin\"}, first: 1) { nodes { name } } }";
		String hash = sha256(query);
		assertThat(client().post(body(null, persistedQuery(hash))).error().path("message").asString())
			.isEqualTo("PersistedQueryNotFound");

		Answer registered = client().post(body(query, persistedQuery(hash)));
		assertThat(registered.json().has("errors")).isFalse();
		assertThat(registered.json().at("/data/actors/nodes/0/name").asString()).isEqualTo("Vladimir Putin");

		Answer hit = client().post(body(null, persistedQuery(hash)));
		assertThat(hit.status()).isEqualTo(200);
		assertThat(hit.json().has("errors")).isFalse();
		assertThat(hit.json().get("data")).isEqualTo(registered.json().get("data"));
	}

	@Test
	void aHashThatIsNotTheTextsIsABadRequestAndRunsNothing() throws Exception {
		String query = "query Mismatch { actors(first: 1) { totalCount } }";
		Answer answer = client().post(body(query, persistedQuery(sha256("{ somethingElse }"))));
		assertThat(answer.error().path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(answer.error().path("extensions").path("code").asString())
			.isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
		assertThat(answer.error().path("message").asString()).contains("sha256Hash is not the SHA-256 hash");
		assertThat(answer.json().has("data")).isFalse();
	}

	@Test
	void aRegisteredHashSentWithAnotherTextIsStillAMismatch() throws Exception {
		String registered = "query Registered { actors(first: 1) { totalCount } }";
		String hash = sha256(registered);
		assertThat(client().post(body(registered, persistedQuery(hash))).json().has("errors")).isFalse();
		Answer other = client().post(body("query Other { events(first: 1) { totalCount } }", persistedQuery(hash)));
		assertThat(other.error().path("extensions").path("code").asString()).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
		assertThat(other.json().has("data")).isFalse();
	}

	@Test
	void aDocumentThatDoesNotValidateIsNotRegistered() throws Exception {
		String invalid = "query Invalid { actors { shoeSize } }";
		String hash = sha256(invalid);
		assertThat(client().post(body(invalid, persistedQuery(hash)))
			.error()
			.path("extensions")
			.path("classification")
			.asString()).isEqualTo("BAD_REQUEST");
		assertThat(client().post(body(null, persistedQuery(hash))).error().path("message").asString())
			.isEqualTo("PersistedQueryNotFound");
	}

	@Test
	void theCacheKeepsAtMostMaxEntriesDroppingTheLeastRecentlyUsed() throws Exception {
		String first = "query Bounded0 { actors(first: 1) { totalCount } }";
		assertThat(client().post(body(first, persistedQuery(sha256(first)))).json().has("errors")).isFalse();
		for (int i = 1; i <= 3; i++) {
			String query = "query Bounded" + i + " { actors(first: 1) { totalCount } }";
			assertThat(client().post(body(query, persistedQuery(sha256(query)))).json().has("errors")).isFalse();
		}
		// Three newer documents were registered after the first: it was dropped; the
		// client retries with the text.
		assertThat(client().post(body(null, persistedQuery(sha256(first)))).error().path("message").asString())
			.isEqualTo("PersistedQueryNotFound");
		String last = "query Bounded3 { actors(first: 1) { totalCount } }";
		assertThat(client().post(body(null, persistedQuery(sha256(last)))).json().has("errors")).isFalse();
	}

	private HttpGraphQlClient client() {
		return HttpGraphQlClient.on(this.port);
	}

}
