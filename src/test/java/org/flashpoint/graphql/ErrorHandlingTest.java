package org.flashpoint.graphql;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input gets a clear GraphQL error with a classification — never a 500, never a stack
 * trace — whether it is caught by the parser, the validator, variable coercion, our own
 * argument checks or the HTTP layer.
 */
class ErrorHandlingTest extends IntegrationTest {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	@Test
	void malformedDocument() throws Exception {
		request("{\"query\": \"{ actors { \"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"))
			.andExpect(jsonPath("$.errors[0].extensions.reason").value("InvalidSyntax"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Invalid syntax")));
	}

	@Test
	void unknownField() throws Exception {
		request("{\"query\": \"{ actors { nodes { shoeSize } } }\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("'shoeSize' in type 'Actor' is undefined")))
			.andExpect(jsonPath("$.data").doesNotExist());
	}

	@Test
	void wronglyTypedVariable() throws Exception {
		request("""
				{"query": "query($n: Int) { actors(first: $n) { totalCount } }", "variables": {"n": "twenty"}}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Variable 'n' has an invalid value")));
	}

	@Test
	void requestErrorsAre400WithTheGraphQlResponseMediaType() throws Exception {
		this.mvc
			.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.accept(GRAPHQL_RESPONSE)
				.content("{\"query\": \"{ actors { \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			not base64 at all      | !!garbage
			base64 of no id        | bm9uc2Vuc2U
			empty type             | OmFjdG9y
			lower-case type        | YWN0b3I6cHV0aW4
			""")
	void garbageIdInNode(String description, String id) {
		this.graphQl.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("is not a valid Flashpoint id");
				assertThat(error.getExtensions()).containsEntry("argument", "id");
			}))
			.path("node")
			.valueIsNull();
	}

	@Test
	void wellFormedIdOfNoRecordIsNull() {
		this.graphQl.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", id("Actor", "nobody"))
			.execute()
			.errors()
			.verify()
			.path("node")
			.valueIsNull();
	}

	@Test
	void idOfAnotherTypeIsRefusedByTypedLookups() {
		this.graphQl.document("query($id: ID!) { actor(id: $id) { name } }")
			.variable("id", id("Region", "gaza-strip"))
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
					&& error.getMessage().contains("record of type Region; expected the id of a record of type Actor"))
			.verify();
	}

	@Test
	void queryThatIsNotText() throws Exception {
		request("{\"query\": 42}").andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"));
	}

	private ResultActions request(String body) throws Exception {
		return this.mvc.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(not(containsString("\tat "))));
	}

}
