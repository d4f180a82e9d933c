package org.flashpoint.timeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.flashpoint.IntegrationTest;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.event.Event;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.source.SourceSystem;
import org.flashpoint.statement.Statement;
import org.flashpoint.statement.StatementKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code timeline}: events and statements of the demo dataset merged in time order,
 * keyset pages in both directions and while records are added, and the arguments it
 * refuses.
 */
class TimelineQueriesTest extends IntegrationTest {

	private static final String TIMELINE = """
			query($filter: TimelineFilter, $orderBy: TimelineOrder, $first: Int, $after: String, $last: Int, $before: String) {
			  timeline(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
			    totalCount
			    nodes { __typename ... on Node { id } }
			    edges { cursor node { ... on Event { occurredOn } ... on Statement { madeOn } } }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}""";

	/** The 55 events and 5 statements of the demo dataset. */
	private static final int EVERYTHING = 60;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void theGazaStripInTimeOrderLatestFirst() {
		// The days around Putin's calls.
		GraphQlTester.Response response = timeline(
				Map.of("regions", List.of(id("Region", "gaza-strip")), "from", "2023-10-14", "to", "2023-10-16"), null);
		assertThat(ids(response)).containsExactly(event("gaza-deaths-2023-10-16"), event("gaza-deaths-2023-10-15"),
				event("ground-offensive-preparations"), statement("iran-warns-against-gaza-invasion"),
				statement("russia-calls-for-ceasefire"), statement("russia-offers-mediation"),
				event("gaza-deaths-2023-10-14"));
		response.path("timeline.nodes[*].__typename")
			.entityList(String.class)
			.containsExactly("Event", "Event", "Event", "Statement", "Statement", "Statement", "Event");
		response.path("timeline.edges[*].node")
			.entityList(Map.class)
			.satisfies((nodes) -> assertThat(nodes)
				.extracting((node) -> node.containsKey("occurredOn") ? node.get("occurredOn") : node.get("madeOn"))
				.containsExactly("2023-10-16", "2023-10-15", "2023-10-15", "2023-10-15", "2023-10-15", "2023-10-15",
						"2023-10-14"));
		response.path("timeline.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void ascendingOrderRunsFromTheEarliest() {
		GraphQlTester.Response response = timeline(
				Map.of("regions", List.of(id("Region", "gaza-strip")), "from", "2023-10-14", "to", "2023-10-16"),
				Map.of("direction", "ASC"));
		assertThat(ids(response)).containsExactly(event("gaza-deaths-2023-10-14"), event("gaza-deaths-2023-10-15"),
				event("ground-offensive-preparations"), statement("iran-warns-against-gaza-invasion"),
				statement("russia-calls-for-ceasefire"), statement("russia-offers-mediation"),
				event("gaza-deaths-2023-10-16"));
		// Days run the other way; items of one day keep their order (events first, then
		// by key).
		assertThat(ids(timeline(Map.of("from", "2023-10-15", "to", "2023-10-16"), Map.of("direction", "ASC"))))
			.containsExactly(event("gaza-deaths-2023-10-15"), event("ground-offensive-preparations"),
					event("putin-call-assad"), event("putin-call-raisi"), statement("iran-warns-against-gaza-invasion"),
					statement("russia-calls-for-ceasefire"), statement("russia-fears-regional-conflict"),
					statement("russia-offers-mediation"), statement("ushakov-putin-calls"),
					event("gaza-deaths-2023-10-16"), event("putin-call-abbas"), event("putin-call-netanyahu"),
					event("putin-call-sisi"));
		assertThat(ids(timeline(null, Map.of("direction", "ASC")))).isEqualTo(everything(false));
	}

	@Test
	void aRegionIncludesTheRegionsInsideIt() {
		// Israel/Palestine's own declaration of war among the Gaza Strip's events.
		assertThat(ids(timeline(
				Map.of("regions", List.of(id("Region", "israel-palestine")), "from", "2023-10-07", "to", "2023-10-08"),
				null)))
			.containsExactly(event("gaza-deaths-2023-10-08"), event("israel-declares-war"), event("gaza-bombardment"),
					event("gaza-deaths-2023-10-07"), event("hamas-attack-2023-10-07"));
		// The Middle East's own statement among the Gaza Strip's events and statements,
		// without Russia's calls and report of that day.
		assertThat(ids(timeline(
				Map.of("regions", List.of(id("Region", "middle-east")), "from", "2023-10-15", "to", "2023-10-15"),
				null)))
			.containsExactly(event("gaza-deaths-2023-10-15"), event("ground-offensive-preparations"),
					statement("iran-warns-against-gaza-invasion"), statement("russia-calls-for-ceasefire"),
					statement("russia-fears-regional-conflict"), statement("russia-offers-mediation"));
	}

	@Test
	void putinsTimelineHasHisCallsAndTheStatementMentioningHim() {
		GraphQlTester.Response response = timeline(Map.of("actors", List.of(id("Actor", "vladimir-putin"))), null);
		assertThat(ids(response)).containsExactly(event("putin-call-abbas"), event("putin-call-netanyahu"),
				event("putin-call-sisi"), event("putin-call-assad"), event("putin-call-raisi"),
				statement("ushakov-putin-calls"));
		response.path("timeline.totalCount").entity(Integer.class).isEqualTo(6);
	}

	@Test
	void actorsMatchSpeakersAndAddresseesOfStatementsAndEventsInAnyRole() {
		// Israel on 15 October: initiator of two events; addressee of three statements,
		// mentioned in a fourth.
		GraphQlTester.Response israel = timeline(
				Map.of("actors", List.of(id("Actor", "israel")), "from", "2023-10-15", "to", "2023-10-15"), null);
		assertThat(ids(israel)).containsExactly(event("gaza-deaths-2023-10-15"), event("ground-offensive-preparations"),
				statement("iran-warns-against-gaza-invasion"), statement("russia-calls-for-ceasefire"),
				statement("russia-fears-regional-conflict"), statement("russia-offers-mediation"));
		// Iran: the speaker of its warning and the initiator of its meeting with Hamas in
		// Doha; Raisi, not the state, took Putin's call.
		assertThat(ids(timeline(Map.of("actors", List.of(id("Actor", "iran"))), null)))
			.containsExactly(statement("iran-warns-against-gaza-invasion"), event("iran-meets-hamas-in-doha"));
	}

	@Test
	void datesAreInclusiveAndKindsNarrowToOneCollection() {
		GraphQlTester.Response oneDay = timeline(Map.of("from", "2023-10-15", "to", "2023-10-15"), null);
		assertThat(ids(oneDay)).containsExactly(event("gaza-deaths-2023-10-15"), event("ground-offensive-preparations"),
				event("putin-call-assad"), event("putin-call-raisi"), statement("iran-warns-against-gaza-invasion"),
				statement("russia-calls-for-ceasefire"), statement("russia-fears-regional-conflict"),
				statement("russia-offers-mediation"), statement("ushakov-putin-calls"));
		oneDay.path("timeline.totalCount").entity(Integer.class).isEqualTo(9);
		GraphQlTester.Response statementsBefore = timeline(Map.of("to", "2023-10-15", "kinds", List.of("STATEMENT")),
				null);
		assertThat(ids(statementsBefore)).isEqualTo(ids(oneDay).subList(4, 9));
		statementsBefore.path("timeline.totalCount").entity(Integer.class).isEqualTo(5);
		GraphQlTester.Response eventsSince = timeline(Map.of("from", "2023-10-27", "kinds", List.of("EVENT")), null);
		assertThat(ids(eventsSince)).containsExactly(event("gaza-deaths-2023-10-29"), event("gaza-deaths-2023-10-28"),
				event("gaza-deaths-2023-10-27"), event("ground-operations-expanded"));
	}

	@Test
	void walkingForwardInPagesOfTwoYieldsEverythingOnceInOrder() {
		List<GraphQlTester.Response> pages = walkForwardInPagesOfTwo(() -> {
		});
		assertThat(pages).hasSize(EVERYTHING / 2);
		for (GraphQlTester.Response page : pages) {
			assertThat(ids(page)).hasSizeBetween(1, 2);
			page.path("timeline.totalCount").entity(Integer.class).isEqualTo(EVERYTHING);
			page.path("timeline.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		}
		assertThat(pages.stream().flatMap((page) -> ids(page).stream()).toList()).isEqualTo(everything(true));
	}

	@Test
	void walkingBackwardFromTheEndYieldsTheSameOrder() {
		List<String> walked = new ArrayList<>();
		String before = null;
		boolean hasPrevious = true;
		while (hasPrevious) {
			GraphQlTester.Response response = this.graphQl.document(TIMELINE)
				.variable("last", 2)
				.variable("before", before)
				.execute();
			walked.addAll(0, ids(response));
			response.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
			hasPrevious = response.path("timeline.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = response.path("timeline.pageInfo.startCursor").entity(String.class).get();
		}
		assertThat(walked).isEqualTo(everything(true));
	}

	@Test
	void anEdgeCursorContinuesRightAfterItsItem() {
		List<String> everything = everything(true);
		List<String> cursors = this.graphQl.document(TIMELINE)
			.variable("first", 100)
			.execute()
			.path("timeline.edges[*].cursor")
			.entityList(String.class)
			.get();
		for (int i = 0; i < cursors.size(); i++) {
			GraphQlTester.Response after = this.graphQl.document(TIMELINE)
				.variable("first", 3)
				.variable("after", cursors.get(i))
				.execute();
			assertThat(ids(after)).isEqualTo(everything.subList(i + 1, Math.min(i + 4, EVERYTHING)));
			GraphQlTester.Response before = this.graphQl.document(TIMELINE)
				.variable("last", 3)
				.variable("before", cursors.get(i))
				.execute();
			assertThat(ids(before)).isEqualTo(everything.subList(Math.max(0, i - 3), i));
		}
		assertThat(cursors).hasSize(EVERYTHING);
	}

	@Test
	void recordsAddedBetweenPagesNeitherRepeatNorHideOthers() {
		List<String> everything = everything(true);
		List<String> inserted = List.of("inserted-newest", "a-inserted-same-day-earlier-key",
				"inserted-same-day-statement", "inserted-oldest");
		List<GraphQlTester.Response> pages;
		try {
			// The first page ends on (2023-10-28, Event, gaza-deaths-2023-10-28), the
			// only item of its day.
			pages = walkForwardInPagesOfTwo(() -> {
				this.mongo.insert(syntheticStatement("inserted-newest", LocalDate.of(2024, 1, 1)));
				this.mongo.insert(syntheticEvent("a-inserted-same-day-earlier-key", LocalDate.of(2023, 10, 28)));
				this.mongo.insert(syntheticStatement("inserted-same-day-statement", LocalDate.of(2023, 10, 28)));
				this.mongo.insert(syntheticEvent("inserted-oldest", LocalDate.of(2000, 1, 1)));
			});
		}
		finally {
			Query query = Query.query(Criteria.where("id").in(inserted));
			this.mongo.remove(query, Event.class);
			this.mongo.remove(query, Statement.class);
		}
		assertThat(ids(pages.get(0))).containsExactly(event("gaza-deaths-2023-10-29"), event("gaza-deaths-2023-10-28"));
		List<String> walked = pages.stream().flatMap((page) -> ids(page).stream()).toList();
		// Behind the cursor: the newest statement and the same-day event with an earlier
		// key are not shown; ahead of it, the same-day statement (statements follow
		// events) and the oldest event are.
		List<String> expected = new ArrayList<>(everything);
		expected.add(2, statement("inserted-same-day-statement"));
		expected.add(event("inserted-oldest"));
		assertThat(walked).isEqualTo(expected);
		pages.get(0).path("timeline.totalCount").entity(Integer.class).isEqualTo(EVERYTHING);
		pages.get(pages.size() - 1).path("timeline.totalCount").entity(Integer.class).isEqualTo(EVERYTHING + 4);
		assertThat(ids(timeline(null, null))).as("cleaned up").isEqualTo(everything);
	}

	@Test
	void pageSizesAreCheckedAndFirstDefaultsToTwenty() {
		this.graphQl.document("{ timeline { nodes { __typename } pageInfo { hasNextPage } } }")
			.execute()
			.path("timeline.nodes")
			.entityList(Object.class)
			.hasSize(20)
			.path("timeline.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true);
		expectBadRequest(this.graphQl.document("{ timeline(first: 101) { totalCount } }"), "first");
		expectBadRequest(this.graphQl.document("{ timeline(last: -1) { totalCount } }"), "last");
	}

	@Test
	void cursorsNotIssuedByATimelineAreBadRequests() {
		String eventsCursor = this.graphQl.document("{ events(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("events.pageInfo.endCursor")
			.entity(String.class)
			.get();
		List<String> forged = List.of("not a cursor", eventsCursor, "O_3",
				cursor("{\"date\":\"2023-10-15\",\"type\":\"Region\",\"id\":\"gaza-strip\"}"),
				cursor("{\"date\":\"yesterday\",\"type\":\"Event\",\"id\":\"gaza-bombardment\"}"),
				cursor("{\"date\":[\"java.util.LinkedHashMap\",{\"$gt\":\"\"}],\"type\":\"Event\",\"id\":\"x\"}"),
				cursor("{\"date\":\"2023-10-15\",\"type\":\"Event\"}"));
		for (String cursor : forged) {
			expectBadRequest(this.graphQl.document(TIMELINE).variable("after", cursor), "after");
			expectBadRequest(this.graphQl.document(TIMELINE).variable("before", cursor), "before");
		}
	}

	@Test
	void badFiltersAreBadRequestsNamingTheArgument() {
		expectBadRequest(
				this.graphQl.document(TIMELINE).variable("filter", Map.of("from", "2023-10-16", "to", "2023-10-15")),
				"filter.from");
		expectBadRequest(
				this.graphQl.document(TIMELINE).variable("filter", Map.of("regions", List.of(id("Actor", "hamas")))),
				"filter.regions");
		expectBadRequest(this.graphQl.document(TIMELINE).variable("filter", Map.of("actors", List.of("garbage"))),
				"filter.actors");
	}

	/**
	 * The pages of the whole timeline, latest first, two items a page;
	 * {@code afterFirstPage} runs once.
	 */
	private List<GraphQlTester.Response> walkForwardInPagesOfTwo(Runnable afterFirstPage) {
		List<GraphQlTester.Response> pages = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			GraphQlTester.Response page = this.graphQl.document(TIMELINE)
				.variable("first", 2)
				.variable("after", after)
				.execute();
			pages.add(page);
			hasNext = page.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("timeline.pageInfo.endCursor").entity(String.class).get();
			if (pages.size() == 1) {
				afterFirstPage.run();
			}
		}
		return pages;
	}

	private GraphQlTester.Response timeline(Map<String, Object> filter, Map<String, Object> orderBy) {
		return this.graphQl.document(TIMELINE)
			.variable("filter", filter)
			.variable("orderBy", orderBy)
			.variable("first", 100)
			.execute();
	}

	/**
	 * The tests' own recomputation of the whole timeline from the stored events and
	 * statements: by day, latest or earliest first; within a day events first, then
	 * statements, each by key, in both directions.
	 */
	private List<String> everything(boolean latestFirst) {
		record Item(LocalDate date, boolean statement, String key) {
		}
		List<Item> items = new ArrayList<>();
		this.mongo.findAll(Event.class).forEach((e) -> items.add(new Item(e.occurredOn(), false, e.id())));
		this.mongo.findAll(Statement.class).forEach((s) -> items.add(new Item(s.madeOn(), true, s.id())));
		Comparator<Item> byDay = Comparator.comparing(Item::date);
		List<String> ids = items.stream()
			.sorted((latestFirst ? byDay.reversed() : byDay).thenComparing(Item::statement).thenComparing(Item::key))
			.map((item) -> item.statement() ? statement(item.key()) : event(item.key()))
			.toList();
		assertThat(ids).hasSize(EVERYTHING);
		return ids;
	}

	private static List<String> ids(GraphQlTester.Response response) {
		return response.path("timeline.nodes[*].id").entityList(String.class).get();
	}

	/**
	 * A cursor in the form Spring for GraphQL encodes keyset positions, with the given
	 * keys.
	 */
	private static String cursor(String keys) {
		String json = "K_[\"java.util.LinkedHashMap\"," + keys + "]";
		return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static String event(String key) {
		return id("Event", key);
	}

	private static String statement(String key) {
		return id("Statement", key);
	}

	private static Event syntheticEvent(String key, LocalDate occurredOn) {
		return new Event(key, EventType.ofCameo("043", "Host a visit", 2.8), null, "Inserted while paging", occurredOn,
				DatePrecision.DAY, null, null, null, null, null, null, null, null, null, null, null, null,
				SourceSystem.MANUAL, null, null, null, null);
	}

	private static Statement syntheticStatement(String key, LocalDate madeOn) {
		return new Statement(key, "russia", null, "Inserted while paging", StatementKind.REPORT, madeOn,
				DatePrecision.DAY, null, null, null, null, null, null, null, null, null, null);
	}

}
