package org.flashpoint.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flashpoint.WriteIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every mutation × every kind of caller, over HTTP as a client sends it. Inputs are
 * chosen so that an authorised call is harmless (most refer to records that do not exist
 * and come back with a NOT_FOUND userError): what is tested is who gets through.
 */
class MutationAuthorizationTest extends WriteIntegrationTest {

	/** Who calls. */
	enum Caller {

		ANONYMOUS, READER, EDITOR, ADMIN, REVOKED_KEY, MALFORMED_HEADER

	}

	/** Each mutation, the role it needs, and a harmless input. */
	record Mutation(String name, String inputType, ApiRole needs, Map<String, Object> input) {

		String document() {
			return "mutation($input: %s!) { %s(input: $input) { userErrors { field code } clientMutationId } }"
				.formatted(this.inputType, this.name);
		}

	}

	static final List<Mutation> MUTATIONS = List.of(
			new Mutation("createActor", "CreateActorInput", ApiRole.EDITOR,
					Map.of("name", "Matrix actor", "kind", "OTHER")),
			new Mutation("updateActor", "UpdateActorInput", ApiRole.EDITOR,
					Map.of("id", id("Actor", "nobody"), "expectedVersion", 0, "name", "x")),
			new Mutation("mergeActors", "MergeActorsInput", ApiRole.ADMIN,
					Map.of("into", id("Actor", "nobody"), "from", List.of(id("Actor", "nobody-else")))),
			new Mutation("recordStatement", "RecordStatementInput", ApiRole.EDITOR,
					Map.of("speaker", id("Actor", "nobody"), "kind", "REPORT", "madeOn", "2023-10-14", "summary",
							"Matrix")),
			new Mutation("recordEvent", "RecordEventInput", ApiRole.EDITOR,
					Map.of("typeCode", "042", "occurredOn", "2023-10-16", "initiator", id("Actor", "nobody"))),
			new Mutation("updateEvent", "UpdateEventInput", ApiRole.EDITOR,
					Map.of("id", id("Event", "nothing"), "expectedVersion", 0)),
			new Mutation("linkEvents", "LinkEventsInput", ApiRole.EDITOR,
					Map.of("from", id("Event", "nothing"), "to", id("Event", "nothing-else"), "type", "PART_OF")),
			new Mutation("deleteEvent", "DeleteEventInput", ApiRole.ADMIN, Map.of("id", id("Event", "nothing"))),
			new Mutation("deleteStatement", "DeleteStatementInput", ApiRole.ADMIN,
					Map.of("id", id("Statement", "nothing"))),
			new Mutation("createApiKey", "CreateApiKeyInput", ApiRole.ADMIN,
					Map.of("name", "matrix key", "role", "READER")),
			new Mutation("revokeApiKey", "RevokeApiKeyInput", ApiRole.ADMIN, Map.of("id", id("ApiKey", "nothing"))));

	@Autowired
	private JsonMapper json;

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Mutation mutation : MUTATIONS) {
			for (Caller caller : Caller.values()) {
				cases.add(Arguments.of(mutation.name(), caller, mutation));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void onlyTheRequiredRoleGetsThrough(String name, Caller caller, Mutation mutation) throws Exception {
		ResultActions result = this.mvc.perform(request(mutation, caller));
		switch (caller) {
			case ANONYMOUS -> refused(result, mutation, "UNAUTHORIZED");
			case READER -> refused(result, mutation, "FORBIDDEN");
			case EDITOR -> {
				if (mutation.needs() == ApiRole.EDITOR) {
					allowed(result, mutation);
				}
				else {
					refused(result, mutation, "FORBIDDEN");
				}
			}
			case ADMIN -> allowed(result, mutation);
			case REVOKED_KEY -> result.andExpect(status().isUnauthorized())
				.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")))
				.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("revoked")));
			case MALFORMED_HEADER -> result.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("Bearer")));
		}
	}

	private MockHttpServletRequestBuilder request(Mutation mutation, Caller caller) {
		MockHttpServletRequestBuilder request = post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("query", mutation.document(), "variables",
					Map.of("input", withClientMutationId(mutation.input())))));
		String authorization = switch (caller) {
			case ANONYMOUS -> null;
			case READER, EDITOR, ADMIN -> "Bearer " + TestApiKeys.keyFor(this.context, ApiRole.valueOf(caller.name()));
			case REVOKED_KEY -> "Bearer " + TestApiKeys.revoked(this.context, ApiRole.ADMIN);
			case MALFORMED_HEADER -> "Basic " + TestApiKeys.keyFor(this.context, ApiRole.ADMIN);
		};
		return (authorization != null) ? request.header(HttpHeaders.AUTHORIZATION, authorization) : request;
	}

	private static Map<String, Object> withClientMutationId(Map<String, Object> input) {
		Map<String, Object> withId = new java.util.HashMap<>(input);
		withId.put("clientMutationId", null);
		return withId;
	}

	private static void allowed(ResultActions result, Mutation mutation) throws Exception {
		result.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors").doesNotExist())
			.andExpect(jsonPath("$.data.%s.userErrors".formatted(mutation.name())).isArray());
	}

	private static void refused(ResultActions result, Mutation mutation, String classification) throws Exception {
		result.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value(classification))
			.andExpect(jsonPath("$.errors[0].path[0]").value(mutation.name()))
			.andExpect(jsonPath("$.data").doesNotExist());
	}

}
