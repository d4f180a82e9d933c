package org.flashpoint.security;

import java.util.Map;

import org.bson.Document;
import org.flashpoint.WriteIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API keys as a client meets them: issued once, stored hashed, refused at once when wrong
 * or revoked.
 */
class ApiKeyAuthenticationTest extends WriteIntegrationTest {

	static final String CREATE_KEY = """
			mutation($input: CreateApiKeyInput!) {
			  createApiKey(input: $input) { key apiKey { id name role createdAt revokedAt } userErrors { field message code } clientMutationId }
			}""";

	static final String REVOKE_KEY = """
			mutation($input: RevokeApiKeyInput!) {
			  revokeApiKey(input: $input) { apiKey { id revokedAt } userErrors { field message code } }
			}""";

	@Test
	void introspectionIsOpenWhileAnonymousReadsAre() {
		this.graphQl.document("{ __schema { mutationType { fields { name } } } __type(name: \"Actor\") { name } }")
			.execute()
			.errors()
			.verify()
			.path("__schema.mutationType.fields[*].name")
			.entityList(String.class)
			.contains("mergeActors")
			.path("__type.name")
			.entity(String.class)
			.isEqualTo("Actor");
	}

	@Test
	void anIssuedKeyWorksForItsRoleAndIsStoredOnlyAsAHash() {
		GraphQlTester.Response created = mutate(ApiRole.ADMIN, CREATE_KEY,
				Map.of("name", "newsroom editor", "role", "EDITOR"));
		assertThat(userErrors(created, "createApiKey")).isEmpty();
		String key = created.path("createApiKey.key").entity(String.class).get();
		String keyId = created.path("createApiKey.apiKey.id").entity(String.class).get();
		created.path("createApiKey.apiKey.role").entity(String.class).isEqualTo("EDITOR");
		assertThat(key).startsWith("fpk_").hasSizeGreaterThan(40);

		Document stored = this.mongo.getCollection("api_keys").find(new Document("name", "newsroom editor")).first();
		assertThat(stored).isNotNull();
		assertThat(stored.toJson()).doesNotContain(key.substring(4));
		assertThat(stored.getString("secretHash")).isEqualTo(ApiKeySecrets.hash(key)).hasSize(64);

		withKey(key).document(org.flashpoint.actor.ActorMutationsTest.CREATE)
			.variable("input", Map.of("name", "Written with a new key", "kind", "OTHER"))
			.execute()
			.errors()
			.verify()
			.path("createActor.actor.name")
			.entity(String.class)
			.isEqualTo("Written with a new key");
		withKey(key).document("{ apiKeys { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("FORBIDDEN"))
			.verify();

		// The listing never shows the key again.
		as(ApiRole.ADMIN).document("{ apiKeys(first: 100) { nodes { id name role } } }")
			.execute()
			.path("apiKeys.nodes[*].id")
			.entityList(String.class)
			.contains(keyId);
	}

	@Test
	void aRevokedKeyStopsWorkingAtOnce() throws Exception {
		GraphQlTester.Response created = mutate(ApiRole.ADMIN, CREATE_KEY,
				Map.of("name", "to revoke", "role", "READER"));
		String key = created.path("createApiKey.key").entity(String.class).get();
		String keyId = created.path("createApiKey.apiKey.id").entity(String.class).get();
		withKey(key).document("{ actors(first: 1) { totalCount } }").execute().errors().verify();

		GraphQlTester.Response revoked = mutate(ApiRole.ADMIN, REVOKE_KEY, Map.of("id", keyId));
		assertThat(userErrors(revoked, "revokeApiKey")).isEmpty();
		revoked.path("revokeApiKey.apiKey.revokedAt")
			.entity(String.class)
			.satisfies((at) -> assertThat(at).isNotBlank());
		this.mvc
			.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
				.content("{\"query\": \"{ actors(first: 1) { totalCount } }\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("revoked")));
		// Revoking again changes nothing; revoking no key is NOT_FOUND.
		assertThat(userErrors(mutate(ApiRole.ADMIN, REVOKE_KEY, Map.of("id", keyId)), "revokeApiKey")).isEmpty();
		expectUserError(mutate(ApiRole.ADMIN, REVOKE_KEY, Map.of("id", "not-an-id")), "revokeApiKey", "INVALID",
				"input", "id");
	}

	@Test
	void anUnknownKeyIsRefusedWithHttp401() throws Exception {
		this.mvc
			.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.AUTHORIZATION, "Bearer fpk_not-a-key-of-ours")
				.content("{\"query\": \"{ actors(first: 1) { totalCount } }\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"))
			.andExpect(jsonPath("$.errors[0].message").value("Unknown API key"));
	}

	@Test
	void aBlankBearerTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.AUTHORIZATION, "Bearer ")
				.content("{\"query\": \"{ actors(first: 1) { totalCount } }\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"));
	}

	@Test
	void keyInputIsValidated() {
		Map<String, Long> before = counts();
		expectUserError(mutate(ApiRole.ADMIN, CREATE_KEY, Map.of("name", " ", "role", "READER")), "createApiKey",
				"REQUIRED", "input", "name");
		expectUserError(mutate(ApiRole.ADMIN, CREATE_KEY, Map.of("name", "no role")), "createApiKey", "REQUIRED",
				"input", "role");
		assertNothingWrittenSince(before);
	}

	@Test
	void aRetriedKeyCreationGivesTheSameRecordButNotTheKeyAgain() {
		Map<String, Object> input = Map.of("name", "retried key", "role", "READER", "clientMutationId", "key-1");
		GraphQlTester.Response first = mutate(ApiRole.ADMIN, CREATE_KEY, input);
		String keyId = first.path("createApiKey.apiKey.id").entity(String.class).get();
		GraphQlTester.Response retry = mutate(ApiRole.ADMIN, CREATE_KEY, input);
		retry.path("createApiKey.apiKey.id")
			.entity(String.class)
			.isEqualTo(keyId)
			.path("createApiKey.key")
			.valueIsNull()
			.path("createApiKey.clientMutationId")
			.entity(String.class)
			.isEqualTo("key-1");
		assertThat(this.mongo.getCollection("api_keys").countDocuments(new Document("name", "retried key")))
			.isEqualTo(1);
	}

}
