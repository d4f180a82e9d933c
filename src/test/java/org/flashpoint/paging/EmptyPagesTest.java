package org.flashpoint.paging;

import java.util.List;
import java.util.Map;

import org.flashpoint.IntegrationTest;
import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code first: 0} and {@code last: 0} on every connection, top-level and nested: no
 * records, the whole list's {@code totalCount}, and a {@code pageInfo} as Relay defines
 * it — {@code hasNextPage} (forward) or {@code hasPreviousPage} (backward) says whether
 * any records lie beyond the cursor, and there are no start and end cursors.
 */
class EmptyPagesTest extends IntegrationTest {

	private static final String PAGE = "totalCount edges { cursor } nodes { __typename } "
			+ "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

	/** Where each connection sits; {@code ARGS} is replaced by the page arguments. */
	private static final Map<String, String> CONNECTIONS = Map.ofEntries(
			Map.entry("actors", "{ actors(ARGS) { PAGE } }"), Map.entry("events", "{ events(ARGS) { PAGE } }"),
			Map.entry("statements", "{ statements(ARGS) { PAGE } }"),
			Map.entry("regions", "{ regions(ARGS) { PAGE } }"), Map.entry("sources", "{ sources(ARGS) { PAGE } }"),
			Map.entry("timeline", "{ timeline(ARGS) { PAGE } }"),
			Map.entry("actor.events", "{ actor(id: \"@PUTIN@\") { events(ARGS) { PAGE } } }"),
			Map.entry("actor.statements", "{ actor(id: \"@RUSSIA@\") { statements(ARGS) { PAGE } } }"),
			Map.entry("statement.about", "{ statement(id: \"@USHAKOV@\") { about(ARGS) { PAGE } } }"),
			Map.entry("event.statements", "{ event(id: \"@CALL@\") { statements(ARGS) { PAGE } } }"),
			Map.entry("region.events", "{ region(id: \"@WORLD@\") { events(ARGS) { PAGE } } }"),
			Map.entry("region.statements", "{ region(id: \"@WORLD@\") { statements(ARGS) { PAGE } } }"),
			Map.entry("region.activeActors", "{ region(id: \"@WORLD@\") { activeActors(ARGS) { PAGE } } }"));

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "actors", "events", "statements", "regions", "sources", "timeline", "actor.events",
			"actor.statements", "statement.about", "event.statements", "region.events", "region.statements",
			"region.activeActors" })
	void firstZeroIsAnEmptyPageThatSaysRecordsFollow(String connection) {
		long total = totalCount(connection);
		assertThat(total).as("the demo data has records in " + connection).isPositive();

		GraphQlTester.Response response = page(connection, "first: 0");
		expectEmpty(response, connection, total);
		response.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path(connection + ".pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);

		response = page(connection, "last: 0");
		expectEmpty(response, connection, total);
		response.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		response.path(connection + ".pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "actors", "events", "timeline", "actor.events", "region.events", "region.activeActors" })
	void firstZeroAfterTheLastRecordSaysNothingFollows(String connection) {
		String last = page(connection, "last: 1").path(connection + ".pageInfo.endCursor").entity(String.class).get();
		String first = page(connection, "first: 1").path(connection + ".pageInfo.startCursor")
			.entity(String.class)
			.get();

		GraphQlTester.Response atEnd = page(connection, "first: 0, after: \"" + last + "\"");
		expectEmpty(atEnd, connection, totalCount(connection));
		atEnd.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);

		GraphQlTester.Response atStart = page(connection, "last: 0, before: \"" + first + "\"");
		expectEmpty(atStart, connection, totalCount(connection));
		atStart.path(connection + ".pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
	}

	/**
	 * Several parents at once: each one's page is read by one aggregation, and each is
	 * empty.
	 */
	@Test
	void firstZeroOnANestedConnectionOfManyParentsIsEmptyForEach() {
		GraphQlTester.Response response = this.graphQl.document("""
				{ actors(first: 20) { nodes {
				    events(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } }
				    statements(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } }
				    interactions(first: 0) { counterpart { id } } } } }""").execute();
		List<Map<String, Object>> actors = response.path("actors.nodes")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(actors).hasSize(18); // every demo actor
		long withEvents = 0;
		for (Map<String, Object> actor : actors) {
			for (String field : List.of("events", "statements")) {
				Map<?, ?> page = (Map<?, ?>) actor.get(field);
				Map<?, ?> pageInfo = (Map<?, ?>) page.get("pageInfo");
				long total = ((Number) page.get("totalCount")).longValue();
				assertThat((List<?>) page.get("edges")).isEmpty();
				assertThat(pageInfo.get("hasNextPage")).isEqualTo(total > 0);
				assertThat(pageInfo.get("endCursor")).isNull();
				withEvents += field.equals("events") ? total : 0;
			}
			assertThat((List<?>) actor.get("interactions")).isEmpty();
		}
		assertThat(withEvents).isPositive();
	}

	@Test
	void firstZeroOfTheChangeFeedAndOfApiKeysIsEmpty() {
		GraphQlTester.Response keys = as(ApiRole.ADMIN).document("{ apiKeys(first: 0) { " + PAGE + " } }").execute();
		keys.path("apiKeys.edges").entityList(Object.class).hasSize(0);
		keys.path("apiKeys.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);

		GraphQlTester.Response changes = this.graphQl
			.document("{ changes(since: \"1970-01-01T00:00:00Z\", first: 0) { " + PAGE + " } }")
			.execute();
		changes.path("changes.edges").entityList(Object.class).hasSize(0);
		long total = changes.path("changes.totalCount").entity(Long.class).get();
		changes.path("changes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(total > 0);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "first: -1", "last: -1", "first: 101", "last: 101" })
	void negativeAndOversizedPagesStayErrors(String arguments) {
		String argument = arguments.substring(0, arguments.indexOf(':'));
		expectBadRequest(page("events", arguments), argument);
		expectBadRequest(page("region.events", arguments), argument);
	}

	private GraphQlTester.Response page(String connection, String arguments) {
		String query = CONNECTIONS.get(connection)
			.replace("ARGS", arguments)
			.replace("PAGE", PAGE)
			.replace("@PUTIN@", id("Actor", "vladimir-putin"))
			.replace("@WORLD@", id("Region", "world"))
			.replace("@RUSSIA@", id("Actor", "russia"))
			.replace("@USHAKOV@", id("Statement", "ushakov-putin-calls"))
			.replace("@CALL@", id("Event", "putin-call-assad"));
		return this.graphQl.document(query).execute();
	}

	private long totalCount(String connection) {
		return page(connection, "first: 100").path(connection + ".totalCount").entity(Long.class).get();
	}

	private static void expectEmpty(GraphQlTester.Response response, String connection, long total) {
		response.path(connection + ".edges").entityList(Object.class).hasSize(0);
		response.path(connection + ".nodes").entityList(Object.class).hasSize(0);
		response.path(connection + ".totalCount").entity(Long.class).isEqualTo(total);
		response.path(connection + ".pageInfo.startCursor").valueIsNull();
		response.path(connection + ".pageInfo.endCursor").valueIsNull();
	}

}
