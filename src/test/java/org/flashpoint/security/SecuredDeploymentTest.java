package org.flashpoint.security;

import java.util.Map;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A locked-down install: anonymous reads off, the admin key bootstrapped from
 * configuration ({@code FLASHPOINT_ADMIN_KEY}), one frontend origin allowed.
 */
@TestPropertySource(properties = { "spring.mongodb.database=flashpoint_secured",
		"flashpoint.security.anonymous-read=false", "flashpoint.security.admin-key=" + SecuredDeploymentTest.ADMIN_KEY,
		"flashpoint.cors.allowed-origins=https://app.example.org" })
class SecuredDeploymentTest extends IntegrationTest {

	static final String ADMIN_KEY = "bootstrap-admin-key-for-tests-0123456789";

	@Autowired
	private AdminKeyBootstrap bootstrap;

	@Autowired
	private ApiKeyRepository keys;

	@Test
	void anonymousReadsAreRefusedAndAReaderKeyReads() {
		this.graphQl.document("{ actors(first: 1) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("UNAUTHORIZED"))
			.verify();
		this.graphQl.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", id("Actor", "hamas"))
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("UNAUTHORIZED"))
			.verify();
		as(ApiRole.READER).document("{ actors(first: 1) { totalCount } }")
			.execute()
			.path("actors.totalCount")
			.entity(Integer.class)
			.satisfies((count) -> assertThat(count).isPositive());
	}

	@Test
	void aSubscriptionOverSseNeedsAReaderKey() throws Exception {
		String subscription = "{\"query\": \"subscription { changes { cursor } }\"}";
		var anonymous = this.mvc
			.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.TEXT_EVENT_STREAM)
				.content(subscription))
			.andExpect(request().asyncStarted())
			.andReturn();
		String refused = this.mvc.perform(asyncDispatch(anonymous)).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("\"classification\":\"UNAUTHORIZED\"").contains("event:complete");
		var reader = this.mvc
			.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.TEXT_EVENT_STREAM)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestApiKeys.keyFor(this.context, ApiRole.READER))
				.content("{\"query\": \"subscription { importJob(id: \\\"SW1wb3J0Sm9iOng\\\") { state } }\"}"))
			.andExpect(request().asyncStarted())
			.andReturn();
		String forbidden = this.mvc.perform(asyncDispatch(reader)).andReturn().getResponse().getContentAsString();
		assertThat(forbidden).contains("\"classification\":\"FORBIDDEN\"");
	}

	@Test
	void introspectionNeedsAKey() {
		for (String document : new String[] { "{ __schema { mutationType { fields { name } } } }",
				"{ __type(name: \"Actor\") { fields { name } } }",
				"query { __typename __schema { types { name } } }" }) {
			this.graphQl.document(document)
				.execute()
				.errors()
				.expect((error) -> error.getErrorType().toString().equals("UNAUTHORIZED")
						&& error.getMessage().contains("READER"))
				.verify()
				.path("__schema")
				.pathDoesNotExist()
				.path("__type")
				.pathDoesNotExist();
		}
		as(ApiRole.READER)
			.document("{ __schema { mutationType { fields { name } } } __type(name: \"Actor\") { name } }")
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
	void theBootstrapKeyIsAnAdminKeyAndIsKeptAcrossRestarts() {
		GraphQlTester.Response created = withKey(ADMIN_KEY).document(ApiKeyAuthenticationTest.CREATE_KEY)
			.variable("input", Map.of("name", "first editor", "role", "EDITOR"))
			.execute();
		created.errors()
			.verify()
			.path("createApiKey.key")
			.entity(String.class)
			.satisfies((key) -> assertThat(key).isNotBlank());
		long before = this.keys.count();
		this.bootstrap.afterSingletonsInstantiated();
		assertThat(this.keys.count()).isEqualTo(before);
		assertThat(this.keys.findBySecretHash(ApiKeySecrets.hash(ADMIN_KEY))).get()
			.satisfies((key) -> assertThat(key.role()).isEqualTo(ApiRole.ADMIN));
	}

	@Test
	void theLastWorkingAdminKeyCannotBeRevoked() {
		this.keys.findAll()
			.stream()
			.filter((key) -> key.role() == ApiRole.ADMIN && !key.isRevoked()
					&& !key.secretHash().equals(ApiKeySecrets.hash(ADMIN_KEY)))
			.forEach((key) -> this.keys.save(key.revoked(java.time.Instant.now(), null)));
		String bootstrapId = ApiKeyService
			.globalId(this.keys.findBySecretHash(ApiKeySecrets.hash(ADMIN_KEY)).orElseThrow());
		withKey(ADMIN_KEY).document(ApiKeyAuthenticationTest.REVOKE_KEY)
			.variable("input", Map.of("id", bootstrapId))
			.execute()
			.errors()
			.verify()
			.path("revokeApiKey.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT")
			.path("revokeApiKey.apiKey")
			.valueIsNull();
	}

	@Test
	void browsersOnTheConfiguredOriginMayCallTheApiAndOthersMayNot() throws Exception {
		this.mvc
			.perform(options("/graphql").header(HttpHeaders.ORIGIN, "https://app.example.org")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://app.example.org"));
		this.mvc
			.perform(options("/graphql").header(HttpHeaders.ORIGIN, "https://elsewhere.example.com")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
	}

}
