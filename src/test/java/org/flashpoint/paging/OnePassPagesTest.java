package org.flashpoint.paging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.bson.Document;
import org.flashpoint.IntegrationTest;
import org.flashpoint.core.GlobalId;
import org.flashpoint.store.StoreCapabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the embedded server, whose filters scan, a page asked with its {@code totalCount} is
 * read and counted in one aggregation, and a statement's events are read by key and paged
 * in memory. Both must give what a find, a count and Spring Data's keyset scrolling give:
 * every walk below, forward and backward, in several orders, with and without a filter,
 * is checked against the same list worked out here from the raw documents.
 */
class OnePassPagesTest extends IntegrationTest {

	private static final String EVENTS_FORWARD = """
			query($filter: EventFilter, $order: EventOrder, $first: Int, $after: String) {
			  events(filter: $filter, orderBy: $order, first: $first, after: $after) {
			    totalCount
			    nodes { id }
			    pageInfo { hasNextPage hasPreviousPage endCursor }
			  }
			}""";

	private static final String EVENTS_BACKWARD = """
			query($filter: EventFilter, $order: EventOrder, $last: Int, $before: String) {
			  events(filter: $filter, orderBy: $order, last: $last, before: $before) {
			    totalCount
			    nodes { id }
			    pageInfo { hasNextPage hasPreviousPage startCursor }
			  }
			}""";

	private static final String ABOUT = """
			query($id: ID!, $filter: EventFilter, $first: Int, $after: String) {
			  statement(id: $id) {
			    about(filter: $filter, first: $first, after: $after) {
			      totalCount
			      nodes { id }
			      pageInfo { hasNextPage endCursor }
			    }
			  }
			}""";

	private static final String ALL_ABOUT = """
			query($filter: EventFilter) {
			  statements(first: 100) { nodes { id about(filter: $filter, first: 2) { totalCount nodes { id } } } }
			}""";

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private StoreCapabilities store;

	@Test
	void theEmbeddedServerIsKnownToScan() {
		// Otherwise the walks below would test the find-and-count path twice.
		assertThat(this.store.indexesFilters()).isFalse();
	}

	@ParameterizedTest(name = "{0} {1}, filtered: {2}")
	@CsvSource({ "OCCURRED_ON, DESC, false", "OCCURRED_ON, ASC, false", "OCCURRED_ON, DESC, true",
			"CREATED_AT, ASC, true", "UPDATED_AT, DESC, false" })
	void walkingEventsEitherWayMatchesTheRawDocuments(String field, String direction, boolean filtered) {
		Map<String, Object> order = Map.of("field", field, "direction", direction);
		Map<String, Object> filter = filtered ? Map.of("quadClasses", List.of("MATERIAL_CONFLICT")) : null;
		List<String> expected = expectedEvents(field, direction.equals("ASC"),
				filtered ? (event) -> "MATERIAL_CONFLICT".equals(event.get("type", Document.class).get("quadClass"))
						: (event) -> true);
		assertThat(expected).hasSizeGreaterThan(7);

		List<String> forward = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			GraphQlTester.Response page = this.graphQl.document(EVENTS_FORWARD)
				.variable("filter", filter)
				.variable("order", order)
				.variable("first", 7)
				.variable("after", after)
				.execute();
			page.path("events.totalCount").entity(Integer.class).isEqualTo(expected.size());
			forward.addAll(keys(page.path("events.nodes[*].id").entityList(String.class).get()));
			hasNext = page.path("events.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("events.pageInfo.endCursor").entity(String.class).get();
			assertThat(hasNext).isEqualTo(forward.size() < expected.size());
		}
		assertThat(forward).isEqualTo(expected);

		List<String> backward = new ArrayList<>();
		String before = null;
		boolean hasPrevious = true;
		while (hasPrevious) {
			GraphQlTester.Response page = this.graphQl.document(EVENTS_BACKWARD)
				.variable("filter", filter)
				.variable("order", order)
				.variable("last", 7)
				.variable("before", before)
				.execute();
			page.path("events.totalCount").entity(Integer.class).isEqualTo(expected.size());
			backward.addAll(0, keys(page.path("events.nodes[*].id").entityList(String.class).get()));
			hasPrevious = page.path("events.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = page.path("events.pageInfo.startCursor").entity(String.class).get();
		}
		assertThat(backward).isEqualTo(expected);
	}

	@Test
	void aCountAloneMatchesTheRawDocuments() {
		// Only totalCount selected: counted without reading a page.
		long conflicts = expectedEvents("OCCURRED_ON", true,
				(event) -> "MATERIAL_CONFLICT".equals(event.get("type", Document.class).get("quadClass")))
			.size();
		this.graphQl.document("{ events(filter: {quadClasses: [MATERIAL_CONFLICT]}) { totalCount } }")
			.execute()
			.path("events.totalCount")
			.entity(Long.class)
			.isEqualTo(conflicts);
		long entries = this.mongo.getCollection("events").countDocuments()
				+ this.mongo.getCollection("statements").countDocuments();
		this.graphQl.document("{ timeline { totalCount } }")
			.execute()
			.path("timeline.totalCount")
			.entity(Long.class)
			.isEqualTo(entries);
	}

	@Test
	void everyStatementsEventsMatchTheRawDocuments() {
		Map<String, List<String>> expected = expectedAbout((event) -> true);
		assertThat(expected.values().stream().filter((about) -> about.size() > 1)).isNotEmpty();
		for (Map.Entry<String, List<String>> statement : expected.entrySet()) {
			List<String> walked = new ArrayList<>();
			String after = null;
			boolean hasNext = true;
			while (hasNext) {
				GraphQlTester.Response page = this.graphQl.document(ABOUT)
					.variable("id", GlobalId.of("Statement", statement.getKey()).encode())
					.variable("first", 1)
					.variable("after", after)
					.execute();
				page.path("statement.about.totalCount").entity(Integer.class).isEqualTo(statement.getValue().size());
				walked.addAll(keys(page.path("statement.about.nodes[*].id").entityList(String.class).get()));
				hasNext = page.path("statement.about.pageInfo.hasNextPage").entity(Boolean.class).get();
				after = page.path("statement.about.pageInfo.endCursor").entity(String.class).get();
			}
			assertThat(walked).as("events of statement %s", statement.getKey()).isEqualTo(statement.getValue());
		}
	}

	@Test
	void theEventsOfAllStatementsInOneRequestMatchTheRawDocuments() {
		// Unfiltered: read by key; filtered: one aggregation over all the statements.
		assertFirstTwoAbout(null, (event) -> true);
		assertFirstTwoAbout(Map.of("quadClasses", List.of("MATERIAL_CONFLICT")),
				(event) -> "MATERIAL_CONFLICT".equals(event.get("type", Document.class).get("quadClass")));
	}

	private void assertFirstTwoAbout(Map<String, Object> filter, Predicate<Document> matches) {
		Map<String, List<String>> expected = expectedAbout(matches);
		GraphQlTester.Response response = this.graphQl.document(ALL_ABOUT).variable("filter", filter).execute();
		List<String> statements = keys(response.path("statements.nodes[*].id").entityList(String.class).get());
		assertThat(statements).containsExactlyInAnyOrderElementsOf(expected.keySet());
		for (int i = 0; i < statements.size(); i++) {
			List<String> about = expected.get(statements.get(i));
			response.path("statements.nodes[%d].about.totalCount".formatted(i))
				.entity(Integer.class)
				.isEqualTo(about.size());
			assertThat(keys(response.path("statements.nodes[%d].about.nodes[*].id".formatted(i))
				.entityList(String.class)
				.get())).isEqualTo(about.subList(0, Math.min(2, about.size())));
		}
	}

	/**
	 * Every stored event the predicate accepts, sorted on a field with ties by key
	 * ascending.
	 */
	private List<String> expectedEvents(String field, boolean ascending, Predicate<Document> matches) {
		String property = switch (field) {
			case "OCCURRED_ON" -> "occurredOn";
			case "CREATED_AT" -> "createdAt";
			default -> "updatedAt";
		};
		Comparator<Document> byField = Comparator.comparing((Document event) -> (Comparable) event.get(property));
		Comparator<Document> order = (ascending ? byField : byField.reversed())
			.thenComparing((Document event) -> event.getString("_id"));
		return this.mongo.getCollection("events")
			.find()
			.into(new ArrayList<>())
			.stream()
			.filter(matches)
			.sorted(order)
			.map((event) -> event.getString("_id"))
			.toList();
	}

	/**
	 * Each statement's events: those it lists that are stored and accepted, latest first,
	 * ties by key.
	 */
	private Map<String, List<String>> expectedAbout(Predicate<Document> matches) {
		Map<String, Document> events = new HashMap<>();
		this.mongo.getCollection("events").find().forEach((event) -> events.put(event.getString("_id"), event));
		Comparator<Document> latestFirst = Comparator
			.comparing((Document event) -> event.getString("occurredOn"), Comparator.reverseOrder())
			.thenComparing((Document event) -> event.getString("_id"));
		Map<String, List<String>> about = new HashMap<>();
		this.mongo.getCollection("statements").find().forEach((statement) -> {
			List<String> listed = statement.getList("aboutEventIds", String.class, List.of());
			about.put(statement.getString("_id"),
					Set.copyOf(listed)
						.stream()
						.map(events::get)
						.filter((event) -> event != null && matches.test(event))
						.sorted(latestFirst)
						.map((event) -> event.getString("_id"))
						.toList());
		});
		return about;
	}

	private static List<String> keys(List<String> ids) {
		return ids.stream().map((id) -> GlobalId.decode("id", id).key()).toList();
	}

}
