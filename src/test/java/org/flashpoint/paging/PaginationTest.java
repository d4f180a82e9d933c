package org.flashpoint.paging;

import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flashpoint.IntegrationTest;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.event.Event;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.source.SourceSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyset connections: walking page by page in either direction yields every record once,
 * in order.
 */
class PaginationTest extends IntegrationTest {

	private static final String FORWARD = """
			query($first: Int, $after: String) {
			  actors(first: $first, after: $after) {
			    totalCount
			    nodes { name }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}""";

	/** The demo dataset's actors and events. */
	private static final int DEMO_ACTORS = 18;

	private static final int DEMO_EVENTS = 55;

	private static final String BACKWARD = """
			query($last: Int, $before: String) {
			  actors(last: $last, before: $before) {
			    nodes { name }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}""";

	@Test
	void walkingForwardYieldsEveryRecordOnceInOrder() {
		List<String> walked = new ArrayList<>();
		String after = null;
		int pages = 0;
		boolean hasNext = true;
		while (hasNext) {
			var response = this.graphQl.document(FORWARD).variable("first", 4).variable("after", after).execute();
			walked.addAll(response.path("actors.nodes[*].name").entityList(String.class).get());
			response.path("actors.totalCount").entity(Integer.class).isEqualTo(DEMO_ACTORS);
			hasNext = response.path("actors.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("actors.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		// 18 actors in pages of 4
		assertThat(pages).isEqualTo(5);
		assertThat(walked).hasSize(DEMO_ACTORS).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void walkingBackwardFromTheEndYieldsTheSameRecordsInReverse() {
		List<String> walked = new ArrayList<>();
		String before = null;
		boolean hasPrevious = true;
		while (hasPrevious) {
			var response = this.graphQl.document(BACKWARD).variable("last", 4).variable("before", before).execute();
			List<String> page = response.path("actors.nodes[*].name").entityList(String.class).get();
			assertThat(page).isSorted();
			walked.addAll(0, page);
			hasPrevious = response.path("actors.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = response.path("actors.pageInfo.startCursor").entity(String.class).get();
		}
		List<String> forward = this.graphQl.document(FORWARD)
			.variable("first", 100)
			.execute()
			.path("actors.nodes[*].name")
			.entityList(String.class)
			.get();
		assertThat(walked).isEqualTo(forward);
		assertThat(walked.get(walked.size() - 1)).isEqualTo(Collections.max(forward));
	}

	@Test
	void firstDefaultsToTwenty() {
		this.graphQl.document("{ actors { nodes { name } pageInfo { hasNextPage } } }")
			.execute()
			.path("actors.nodes")
			.entityList(Object.class)
			.hasSize(DEMO_ACTORS)
			.path("actors.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void pageSizeOverTheCapIsAnErrorNamingTheArgument() {
		this.graphQl.document("{ events(first: 101) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
					&& "first".equals(error.getExtensions().get("argument"))
					&& error.getMessage().contains("at most 100"))
			.verify();
	}

	@Test
	void negativePageSizeIsAnErrorNamingTheArgument() {
		this.graphQl.document("{ statements(last: -1) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
					&& "last".equals(error.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void forgedCursorIsAnError() {
		this.graphQl.document("query($after: String) { regions(after: $after) { totalCount } }")
			.variable("after", "S19bImphdmEudXRpbC5IYXNoTWFwIix7ImlkIjpb")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
					&& "after".equals(error.getExtensions().get("argument")))
			.verify();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "truncated", "another list", "operator in a value", "offset" })
	void badCursorsAreErrorsNamingTheArgument(String kind) {
		String actorCursor = this.graphQl.document("{ actors(first: 2) { pageInfo { endCursor } } }")
			.execute()
			.path("actors.pageInfo.endCursor")
			.entity(String.class)
			.get();
		String cursor = switch (kind) {
			case "truncated" -> actorCursor.substring(0, actorCursor.length() / 2);
			case "another list" -> actorCursor;
			case "operator in a value" -> Base64.getEncoder()
				.encodeToString(
						"K_[\"java.util.HashMap\",{\"id\":[\"java.util.HashMap\",{\"$ne\":null}],\"occurredOn\":[\"java.util.HashMap\",{\"$gt\":\"\"}]}]"
							.getBytes(StandardCharsets.UTF_8));
			default -> Base64.getEncoder().encodeToString("O_5".getBytes(StandardCharsets.UTF_8));
		};
		for (String query : List.of("query($after: String) { events(after: $after) { totalCount } }",
				"query($after: String) { regions { nodes { events(after: $after) { totalCount } } } }")) {
			this.graphQl.document(query)
				.variable("after", cursor)
				.execute()
				.errors()
				.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
						&& "after".equals(error.getExtensions().get("argument")))
				.verify();
		}
	}

	@Test
	void nestedConnectionsPageToo() {
		var response = this.graphQl.document("""
				query($putin: ID!) {
				  actor(id: $putin) {
				    events(first: 2) { totalCount nodes { occurredOn } pageInfo { hasNextPage endCursor } }
				  }
				}""").variable("putin", id("Actor", "vladimir-putin")).execute();
		response.path("actor.events.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("actor.events.nodes").entityList(Object.class).hasSize(2);
		response.path("actor.events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void walkingANestedConnectionBothWaysYieldsEveryRecordOnceInOrder() {
		String forward = """
				query($world: ID!, $after: String) { region(id: $world) {
				  events(first: 3, after: $after) { totalCount nodes { id occurredOn } pageInfo { hasNextPage endCursor } } } }""";
		String backward = """
				query($world: ID!, $before: String) { region(id: $world) {
				  events(last: 3, before: $before) { nodes { id } pageInfo { hasPreviousPage startCursor } } } }""";
		List<String> walked = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			var response = this.graphQl.document(forward)
				.variable("world", id("Region", "world"))
				.variable("after", after)
				.execute();
			response.path("region.events.totalCount").entity(Integer.class).isEqualTo(DEMO_EVENTS);
			walked.addAll(response.path("region.events.nodes[*].id").entityList(String.class).get());
			dates.addAll(response.path("region.events.nodes[*].occurredOn").entityList(String.class).get());
			hasNext = response.path("region.events.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("region.events.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(walked).hasSize(DEMO_EVENTS).doesNotHaveDuplicates();
		assertThat(dates).isSortedAccordingTo(Collections.reverseOrder());
		List<String> walkedBack = new ArrayList<>();
		String before = null;
		boolean hasPrevious = true;
		while (hasPrevious) {
			var response = this.graphQl.document(backward)
				.variable("world", id("Region", "world"))
				.variable("before", before)
				.execute();
			walkedBack.addAll(0, response.path("region.events.nodes[*].id").entityList(String.class).get());
			hasPrevious = response.path("region.events.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = response.path("region.events.pageInfo.startCursor").entity(String.class).get();
		}
		assertThat(walkedBack).isEqualTo(walked);
	}

	@Test
	void pagesBatchedForManyParentsEqualThePagesOfEachParentAlone() {
		String fields = """
				forward: events(first: 2, orderBy: {field: OCCURRED_ON, direction: ASC}) {
				  totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage } }
				backward: events(last: 2) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage } }
				cursor: events(last: 2) { pageInfo { startCursor } }""";
		List<Map<String, Object>> batched = this.graphQl
			.document("{ actors(first: 100) { nodes { id " + fields + " } } }")
			.execute()
			.path("actors.nodes")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(batched).hasSize(DEMO_ACTORS);
		for (Map<String, Object> actor : batched) {
			Map<String, Object> alone = this.graphQl
				.document("query($id: ID!) { actor(id: $id) { id " + fields + " } }")
				.variable("id", actor.get("id"))
				.execute()
				.path("actor")
				.entity(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			assertThat(without(actor, "cursor")).isEqualTo(without(alone, "cursor"));
		}
		String abbasCursor = batched.stream()
			.filter((actor) -> actor.get("id").equals(id("Actor", "benjamin-netanyahu")))
			.map((actor) -> (String) ((Map<?, ?>) ((Map<?, ?>) actor.get("cursor")).get("pageInfo")).get("startCursor"))
			.findFirst()
			.orElseThrow();
		this.graphQl.document(
				"query($before: String) { actors(first: 100) { nodes { events(last: 5, before: $before) { nodes { id } } } } }")
			.variable("before", abbasCursor)
			.execute()
			.errors()
			.verify();
	}

	private static Map<String, Object> without(Map<String, Object> map, String key) {
		Map<String, Object> copy = new HashMap<>(map);
		copy.remove(key);
		return copy;
	}

	@Test
	void aCursorOfANestedPageContinuesTheTopLevelListToo() {
		String cursor = this.graphQl.document("""
				query($world: ID!) { region(id: $world) { events(first: 4) { pageInfo { endCursor } } } }""")
			.variable("world", id("Region", "world"))
			.execute()
			.path("region.events.pageInfo.endCursor")
			.entity(String.class)
			.get();
		List<String> nested = this.graphQl.document("""
				query($world: ID!) { region(id: $world) { events(first: 10) { nodes { id } } } }""")
			.variable("world", id("Region", "world"))
			.execute()
			.path("region.events.nodes[*].id")
			.entityList(String.class)
			.get();
		this.graphQl.document("query($after: String) { events(first: 3, after: $after) { nodes { id } } }")
			.variable("after", cursor)
			.execute()
			.path("events.nodes[*].id")
			.entityList(String.class)
			.isEqualTo(nested.subList(4, 7));
	}

	@Test
	void recordsInsertedBetweenPagesNeitherRepeatNorHideOthers(@Autowired MongoTemplate mongo) {
		String page = """
				query($after: String) { events(first: 3, after: $after, orderBy: {field: OCCURRED_ON, direction: DESC}) {
				  totalCount nodes { id } pageInfo { hasNextPage endCursor } } }""";
		List<String> before = this.graphQl.document("{ events(first: 100) { nodes { id } } }")
			.execute()
			.path("events.nodes[*].id")
			.entityList(String.class)
			.get();
		List<String> walked = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		int pageNumber = 0;
		try {
			while (hasNext) {
				var response = this.graphQl.document(page).variable("after", after).execute();
				walked.addAll(response.path("events.nodes[*].id").entityList(String.class).get());
				hasNext = response.path("events.pageInfo.hasNextPage").entity(Boolean.class).get();
				after = response.path("events.pageInfo.endCursor").entity(String.class).get();
				if (pageNumber++ == 0) {
					// One event lands in the pages already read (newest), one in those
					// still to come.
					mongo.insert(syntheticEvent("inserted-newest", LocalDate.of(2024, 1, 1)));
					mongo.insert(syntheticEvent("inserted-oldest", LocalDate.of(2000, 1, 1)));
				}
			}
		}
		finally {
			mongo.remove(Query.query(Criteria.where("id").regex("^inserted-")), Event.class);
		}
		List<String> expected = new ArrayList<>(before);
		expected.add(id("Event", "inserted-oldest"));
		assertThat(walked).isEqualTo(expected);
	}

	private static Event syntheticEvent(String key, LocalDate occurredOn) {
		return new Event(key, EventType.ofCameo("043", "Host a visit", 2.8), null, "Inserted while paging", occurredOn,
				DatePrecision.DAY, null, null, null, null, null, null, null, null, null, null, null, null,
				SourceSystem.MANUAL, null, null, null, null);
	}

}
