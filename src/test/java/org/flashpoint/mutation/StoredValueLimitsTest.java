package org.flashpoint.mutation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;
import org.flashpoint.WriteIntegrationTest;
import org.flashpoint.actor.ActorMutationsTest;
import org.flashpoint.event.EventMutationsTest;
import org.flashpoint.security.ApiRole;
import org.flashpoint.security.TestApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.flashpoint.core.OrderDirection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Values the store cannot hold, or would hold differently from what was acknowledged, are
 * refused at the edge: dates outside the years 1 to 9999, over-long strings, unpaired
 * surrogates and over-large requests. A query names the argument in a BAD_REQUEST error,
 * a mutation reports the field in its userErrors, and neither writes anything.
 */
class StoredValueLimitsTest extends WriteIntegrationTest {

	private static final String CHANGES = "query($since: DateTime!) { changes(since: $since) { totalCount } }";

	private static final String EVENTS = "query($filter: EventFilter) { events(filter: $filter) { totalCount } }";

	private static final String EVENTS_IN_ORDER = """
			query($actor: ID!, $direction: OrderDirection, $first: Int, $after: String) {
			  events(filter: {actors: [$actor]}, orderBy: {field: OCCURRED_ON, direction: $direction}, first: $first, after: $after) {
			    nodes { date: occurredOn } pageInfo { endCursor hasNextPage }
			  }
			}""";

	private static final String STATEMENTS_IN_ORDER = """
			query($actor: ID!, $direction: OrderDirection, $first: Int, $after: String) {
			  statements(filter: {speakers: [$actor]}, orderBy: {field: MADE_ON, direction: $direction}, first: $first, after: $after) {
			    nodes { date: madeOn } pageInfo { endCursor hasNextPage }
			  }
			}""";

	private static final String TIMELINE_IN_ORDER = """
			query($actor: ID!, $direction: OrderDirection, $first: Int, $after: String) {
			  timeline(filter: {actors: [$actor]}, orderBy: {direction: $direction}, first: $first, after: $after) {
			    nodes { ... on Event { date: occurredOn } ... on Statement { date: madeOn } } pageInfo { endCursor hasNextPage }
			  }
			}""";

	private static final String STATEMENT = """
			mutation($input: RecordStatementInput!) {
			  recordStatement(input: $input) { statement { id } userErrors { field message code } }
			}""";

	@ParameterizedTest(name = "since {0}")
	@ValueSource(strings = { "-999999999-01-01T00:00:00Z", "0000-12-31T23:59:59Z", "-0001-01-01T00:00:00Z",
			"+10000-01-01T00:00:00Z" })
	void changesSinceOutsideTheYears1To9999IsABadRequest(String since) {
		Map<String, Long> before = counts();
		expectBadRequest(this.graphQl.document(CHANGES).variable("since", since), "since");
		assertNothingWrittenSince(before);
	}

	@BeforeEach
	void issueKeysBeforeCounting() {
		TestApiKeys.keyFor(this.context, ApiRole.EDITOR);
		TestApiKeys.keyFor(this.context, ApiRole.ADMIN);
	}

	@Test
	void changesSinceTheFirstAndTheLastInstantOfTheRangeAreAnswered() {
		this.graphQl.document(CHANGES).variable("since", "0001-01-01T00:00:00Z").execute().errors().verify();
		this.graphQl.document(CHANGES)
			.variable("since", "9999-12-31T23:59:59.999Z")
			.execute()
			.errors()
			.verify()
			.path("changes.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "occurredFrom, 0000-01-01", "occurredFrom, -0001-12-31", "occurredTo, +10000-01-01",
			"occurredTo, -999999999-01-01" })
	void eventFilterDatesOutsideTheRangeAreABadRequest(String field, String date) {
		expectBadRequest(this.graphQl.document(EVENTS).variable("filter", Map.of(field, date)), "filter." + field);
	}

	@Test
	void everyOtherDateArgumentIsCheckedToo() {
		expectBadRequest(this.graphQl.document("{ statements(filter: {madeFrom: \"0000-01-01\"}) { totalCount } }"),
				"filter.madeFrom");
		expectBadRequest(this.graphQl.document("{ timeline(filter: {to: \"+10000-01-01\"}) { totalCount } }"),
				"filter.to");
		expectBadRequest(this.graphQl
			.document("query($id: ID!) { actorNetwork(actor: $id, from: \"-0001-01-01\") { truncated } }")
			.variable("id", id("Actor", "israel")), "from");
		// A nested field's argument, below a top-level field.
		expectBadRequest(this.graphQl
			.document("query($id: ID!) { actor(id: $id) { interactions(to: \"0000-06-30\") { count } } }")
			.variable("id", id("Actor", "israel")), "to");
	}

	@Test
	void anOverLongSearchStringIsABadRequest() {
		expectBadRequest(this.graphQl.document("query($s: String) { actors(filter: {search: $s}) { totalCount } }")
			.variable("s", "gaza ".repeat(101)), "filter.search");
		expectBadRequest(this.graphQl.document(EVENTS).variable("filter", Map.of("text", "x".repeat(1_000_000))),
				"filter.text");
	}

	@Test
	void anOverLongIdIsABadRequest() {
		expectBadRequest(this.graphQl.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", id("Actor", "x".repeat(2000))), "id");
	}

	@Test
	void anUnpairedSurrogateInAFilterIsABadRequest() throws Exception {
		Map<String, Long> before = counts();
		graphQlRequest(null, """
				{"query": "query($f: EventFilter) { events(filter: $f) { totalCount } }",
				 "variables": {"f": {"text": "gaza \\uD800"}}}""")
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"))
			.andExpect(jsonPath("$.errors[0].extensions.argument").value("filter.text"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("surrogate")));
		graphQlRequest(null, """
				{"query": "query($s: String) { actors(filter: {search: $s}) { totalCount } }",
				 "variables": {"s": "\\uDC00 sinwar"}}""")
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"))
			.andExpect(jsonPath("$.errors[0].extensions.argument").value("filter.search"));
		// In the document itself, graphql-java's parser refuses it already.
		graphQlRequest(null, """
				{"query": "{ actors(filter: {search: \\"\\uDC00 sinwar\\"}) { totalCount } }"}""")
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"))
			.andExpect(jsonPath("$.data").doesNotExist());
		assertNothingWrittenSince(before);
	}

	@ParameterizedTest(name = "occurredOn {0}")
	@ValueSource(strings = { "0000-06-01", "-0001-01-01", "-999999999-01-01", "+10000-01-01" })
	void anEventDatedOutsideTheRangeIsRefusedWritingNothing(String date) {
		expectRefusedWritingNothing(EventMutationsTest.RECORD, "recordEvent", "event",
				with(EventMutationsTest.validEvent(), "occurredOn", date), "INVALID", List.of("input", "occurredOn"));
	}

	@Test
	void everyDateOfAnInputIsChecked() {
		expectRefusedWritingNothing(EventMutationsTest.RECORD, "recordEvent", "event",
				with(EventMutationsTest.validEvent(), "reports",
						List.of(Map.of("url", "https://example.org/old", "publishedOn", "0000-01-01"))),
				"INVALID", List.of("input", "reports", "0", "publishedOn"));
		expectRefusedWritingNothing(STATEMENT, "recordStatement", "statement",
				Map.of("speaker", id("Actor", "iran"), "kind", "WARNING", "madeOn", "-0001-01-01", "summary", "Old."),
				"INVALID", List.of("input", "madeOn"));
	}

	@Test
	void anOverLongQuoteIsRefusedWritingNothing() {
		Map<String, Object> statement = new HashMap<>(Map.of("speaker", id("Actor", "iran"), "kind", "WARNING",
				"madeOn", "2023-10-14", "quote", "x".repeat(20_000)));
		expectRefusedWritingNothing(STATEMENT, "recordStatement", "statement", statement, "TOO_LONG",
				List.of("input", "quote"));
	}

	@Test
	void anOverLongNameOrIdIsRefusedWritingNothing() {
		expectRefusedWritingNothing(ActorMutationsTest.CREATE, "createActor", "actor",
				Map.of("name", "x".repeat(1_000_000), "kind", "STATE"), "TOO_LONG", List.of("input", "name"));
		expectRefusedWritingNothing(EventMutationsTest.RECORD, "recordEvent", "event",
				with(EventMutationsTest.validEvent(), "initiator", id("Actor", "x".repeat(2_000))), "INVALID",
				List.of("input", "initiator"));
	}

	@Test
	void aMegabyteClientMutationIdIsRefusedWritingNothing() {
		Map<String, Long> before = counts();
		// Without clientMutationId in the selection: the payload echoes it, 1 MB long.
		GraphQlTester.Response response = mutate(ApiRole.EDITOR,
				"""
						mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id } userErrors { field message code } } }""",
				Map.of("name", "Echo", "kind", "OTHER", "clientMutationId", "x".repeat(1 << 20)));
		expectUserError(response, "createActor", "TOO_LONG", "input", "clientMutationId");
		response.path("createActor.actor").valueIsNull();
		assertNothingWrittenSince(before);
	}

	/** Every mutation, whether or not it keeps receipts, limits its clientMutationId. */
	@Test
	void everyMutationLimitsItsClientMutationId() {
		List<GraphQLFieldDefinition> mutations = this.context.getBean(GraphQlSource.class)
			.schema()
			.getMutationType()
			.getFieldDefinitions();
		assertThat(mutations).hasSizeGreaterThan(10);
		List<String> checked = new ArrayList<>();
		for (GraphQLFieldDefinition mutation : mutations) {
			String inputType = GraphQLTypeUtil.simplePrint(mutation.getArgument("input").getType());
			String document = "mutation($input: %s) { %s(input: $input) { userErrors { field message code } } }"
				.formatted(inputType, mutation.getName());
			Map<String, Long> before = counts();
			GraphQlTester.Response response = mutate(ApiRole.ADMIN, document,
					Map.of("clientMutationId", "c".repeat(201)));
			expectUserError(response, mutation.getName(), "TOO_LONG", "input", "clientMutationId");
			assertNothingWrittenSince(before);
			checked.add(mutation.getName());
		}
		assertThat(checked).contains("createActor", "recordEvent", "revokeApiKey", "deleteStatement");
	}

	@Test
	void anUnpairedSurrogateInAMutationInputIsRefusedWritingNothing() throws Exception {
		Map<String, Long> before = counts();
		graphQlRequest(ApiRole.EDITOR,
				"""
						{"query": "mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id } userErrors { field code message } } }",
						 "variables": {"input": {"name": "Sinwar \\uD800", "kind": "PERSON"}}}""")
			.andExpect(jsonPath("$.errors").doesNotExist())
			.andExpect(jsonPath("$.data.createActor.actor").value((Object) null))
			.andExpect(jsonPath("$.data.createActor.userErrors[0].code").value("INVALID"))
			.andExpect(jsonPath("$.data.createActor.userErrors[0].field", contains("input", "name")))
			.andExpect(jsonPath("$.data.createActor.userErrors[0].message").value(containsString("surrogate")));
		graphQlRequest(ApiRole.EDITOR,
				"""
						{"query": "mutation($input: RecordEventInput!) { recordEvent(input: $input) { event { id } userErrors { field code } } }",
						 "variables": {"input": {"typeCode": "190", "occurredOn": "2023-10-12",
						   "reports": [{"url": "https://example.org/a", "headline": "\\uDC00 strikes"}]}}}""")
			.andExpect(jsonPath("$.data.recordEvent.event").value((Object) null))
			.andExpect(jsonPath("$.data.recordEvent.userErrors[0].code").value("INVALID"))
			.andExpect(
					jsonPath("$.data.recordEvent.userErrors[0].field", contains("input", "reports", "0", "headline")));
		assertNothingWrittenSince(before);
	}

	@Test
	void aSurrogatePairIsStoredAndAnsweredExactlyAsSent() throws Exception {
		String name = "Flag \uD83C\uDDF5\uD83C\uDDF8 \uD83D\uDE00";
		String actorId = mutate(ApiRole.EDITOR, ActorMutationsTest.CREATE, Map.of("name", name, "kind", "OTHER"))
			.path("createActor.actor.name")
			.entity(String.class)
			.isEqualTo(name)
			.path("createActor.actor.id")
			.entity(String.class)
			.get();
		this.graphQl.document("query($id: ID!) { actor(id: $id) { name } }")
			.variable("id", actorId)
			.execute()
			.path("actor.name")
			.entity(String.class)
			.isEqualTo(name);
	}

	/** A body far over the limit is refused before it is parsed, let alone stored. */
	@Test
	void aThirtyMegabyteRequestIsRefusedWith413() throws Exception {
		Map<String, Long> before = counts();
		String search = "gaza ".repeat(6_000_000);
		graphQlRequest(null,
				"{\"query\": \"query($s: String) { actors(filter: {search: $s}) { totalCount } }\", "
						+ "\"variables\": {\"s\": \"" + search + "\"}}",
				413)
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("at most")));
		graphQlRequest(ApiRole.EDITOR,
				"{\"query\": \"mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\", "
						+ "\"variables\": {\"input\": {\"name\": \"Echo\", \"kind\": \"OTHER\", \"clientMutationId\": \""
						+ "x".repeat(20 << 20) + "\"}}}",
				413)
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"));
		assertNothingWrittenSince(before);
	}

	/**
	 * Dates are stored as ISO strings and every ordering sorts those as text: with the
	 * four-digit years that are all a client may send, that is the chronological order,
	 * in every connection and through its keyset cursors.
	 */
	@Test
	void datesSortChronologicallyAcrossCenturiesInEveryOrderAndConnection() {
		String actor = mutate(ApiRole.EDITOR, ActorMutationsTest.CREATE,
				Map.of("name", "Ancient actor", "kind", "OTHER"))
			.path("createActor.actor.id")
			.entity(String.class)
			.get();
		List<String> eventDates = List.of("2023-10-07", "0999-12-31", "0001-01-01", "1000-01-01", "0099-05-05",
				"1999-12-31");
		for (String date : eventDates) {
			Map<String, Object> input = new HashMap<>(
					Map.of("typeCode", "190", "occurredOn", date, "initiator", actor));
			assertThat(userErrors(mutate(ApiRole.EDITOR, EventMutationsTest.RECORD, input), "recordEvent")).isEmpty();
		}
		List<String> statementDates = List.of("1500-06-15", "0500-01-01", "2001-09-11");
		for (String date : statementDates) {
			assertThat(userErrors(
					mutate(ApiRole.EDITOR, STATEMENT,
							Map.of("speaker", actor, "kind", "WARNING", "madeOn", date, "summary", "Said on " + date)),
					"recordStatement"))
				.isEmpty();
		}
		List<String> events = sorted(eventDates);
		assertThat(events).containsExactly("0001-01-01", "0099-05-05", "0999-12-31", "1000-01-01", "1999-12-31",
				"2023-10-07");
		for (int first : List.of(100, 2, 1)) {
			assertThat(dates(EVENTS_IN_ORDER, "events", actor, "ASC", first)).isEqualTo(events);
			assertThat(dates(EVENTS_IN_ORDER, "events", actor, "DESC", first)).isEqualTo(reversed(events));
			assertThat(dates(STATEMENTS_IN_ORDER, "statements", actor, "ASC", first)).isEqualTo(sorted(statementDates));
			assertThat(dates(STATEMENTS_IN_ORDER, "statements", actor, "DESC", first))
				.isEqualTo(reversed(sorted(statementDates)));
		}
		List<String> timeline = new ArrayList<>(eventDates);
		timeline.addAll(statementDates);
		assertThat(dates(TIMELINE_IN_ORDER, "timeline", actor, "ASC", 4)).isEqualTo(sorted(timeline));
		assertThat(dates(TIMELINE_IN_ORDER, "timeline", actor, "DESC", 4)).isEqualTo(reversed(sorted(timeline)));
	}

	/**
	 * The dates of a connection's nodes (each node's one {@code date} field), paged
	 * {@code first} at a time.
	 */
	private List<String> dates(String document, String connection, String actor, String direction, int first) {
		List<String> dates = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = this.graphQl.document(document)
				.variable("actor", actor)
				.variable("direction", direction)
				.variable("first", first)
				.variable("after", after)
				.execute();
			dates.addAll(page.path(connection + ".nodes[*].date").entityList(String.class).get());
			after = page.path(connection + ".pageInfo.endCursor").entity(String.class).get();
			more = page.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).get();
		}
		return dates;
	}

	private static List<String> sorted(List<String> dates) {
		return dates.stream().sorted().toList();
	}

	private static List<String> reversed(List<String> list) {
		List<String> reversed = new ArrayList<>(list);
		Collections.reverse(reversed);
		return reversed;
	}

	private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(input);
		changed.put(field, value);
		return changed;
	}

	private ResultActions graphQlRequest(ApiRole role, String body) throws Exception {
		return graphQlRequest(role, body, 200);
	}

	/**
	 * Posts a JSON body as written, for what a client library would not send (a lone
	 * surrogate, 30 MB).
	 */
	private ResultActions graphQlRequest(ApiRole role, String body, int status) throws Exception {
		var request = post("/graphql").contentType(MediaType.APPLICATION_JSON).content(body);
		if (role != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestApiKeys.keyFor(this.context, role));
		}
		return this.mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().string(not(containsString("Exception"))));
	}

}
