package org.flashpoint.live;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flashpoint.TestBackend;
import org.flashpoint.change.Change;
import org.flashpoint.change.ChangeOperation;
import org.flashpoint.core.RecordType;
import org.flashpoint.security.ApiRole;
import org.flashpoint.security.TestApiKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscriptions through the real server, over graphql-ws, with Spring for GraphQL's own
 * client: what a subscriber receives is checked against what the equivalent query lists,
 * replays resume without a gap or a repeat, and refusals carry their classification.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "flashpoint.embedded.storage=memory", "spring.mongodb.database=flashpoint_live",
				"flashpoint.live.replay-limit=40", "flashpoint.live.max-per-connection=3",
				"flashpoint.live.max-per-caller=5", "flashpoint.changes.batch-size=7" })
@ExtendWith(TestBackend.RequiresBackend.class)
class SubscriptionsTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String RECORD = """
			mutation Record($input: RecordEventInput!) {
			  recordEvent(input: $input) { event { id } userErrors { field message } }
			}""";

	private static final String EVENT_RECORDED = """
			subscription Recorded($filter: EventFilter, $after: String) {
			  eventRecorded(filter: $filter, after: $after) { cursor event { id summary } }
			}""";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private FeedCursors cursors;

	@Autowired
	private FeedSubscriptions subscriptions;

	private final List<WebSocketGraphQlClient> clients = new ArrayList<>();

	private HttpSyncGraphQlClient http;

	@DynamicPropertySource
	static void backend(DynamicPropertyRegistry registry) {
		TestBackend.register(registry);
	}

	@BeforeEach
	void client() {
		String key = TestApiKeys.keyFor(this.context, ApiRole.ADMIN);
		this.http = HttpSyncGraphQlClient
			.builder(RestClient.builder()
				.baseUrl("http://localhost:" + this.port + "/graphql")
				.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key))
			.build();
	}

	@AfterEach
	void closeClients() {
		this.clients.forEach((client) -> client.stop().block(WAIT));
	}

	@Test
	void eachFilterPushesExactlyTheNewEventsItsQueryLists() {
		String word = "exact" + System.nanoTime();
		List<Map<String, Object>> filters = List.of(Map.of("text", word, "countries", List.of("ISR")),
				Map.of("text", word, "types", List.of("19")),
				Map.of("text", word, "regions", List.of(regionId("middle-east"))),
				Map.of("text", word, "minFatalities", 5),
				Map.of("text", word, "near", Map.of("lat", 31.5, "lon", 34.45, "radiusKm", 30)));
		// Two connections of one key: flashpoint.live.max-per-connection=3,
		// max-per-caller=5.
		String reader = "Bearer " + TestApiKeys.keyFor(this.context, ApiRole.READER);
		List<WebSocketGraphQlClient> connections = List.of(webSocket(reader), webSocket(reader));
		List<List<String>> pushed = new ArrayList<>();
		List<Disposable> running = new ArrayList<>();
		for (Map<String, Object> filter : filters) {
			WebSocketGraphQlClient client = connections.get(pushed.size() % 2);
			List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
			pushed.add(ids);
			running.add(client.document(EVENT_RECORDED)
				.variable("filter", filter)
				.executeSubscription()
				.map((response) -> response.field("eventRecorded.event.id").toEntity(String.class))
				.subscribe(ids::add, (ex) -> ids.add("failed: " + ex), () -> ids.add("completed")));
		}
		settle();
		List<String> recorded = new ArrayList<>();
		String[][] cases = { { "ISR", "190", "31.52", "34.45", "0" }, { "PSE", "193", "31.50", "34.46", "12" },
				{ "EGY", "040", "30.04", "31.23", "0" }, { "ISR", "141", "32.08", "34.78", "7" },
				{ "FRA", "195", "48.85", "2.35", "9" }, { "PSE", "190", "31.35", "34.30", "3" } };
		for (String[] event : cases) {
			recorded.add(record(word, event[0], event[1], Double.parseDouble(event[2]), Double.parseDouble(event[3]),
					Integer.parseInt(event[4])));
		}
		for (int i = 0; i < filters.size(); i++) {
			List<String> listed = listed(filters.get(i)).stream().filter(recorded::contains).toList();
			int index = i;
			awaitSize(pushed.get(i), listed.size(), "for " + filters.get(i) + ", all pushed " + pushed);
			settle();
			assertThat(pushed.get(index)).as("pushed for %s", filters.get(index))
				.containsExactlyElementsOf(recorded.stream().filter(listed::contains).toList());
		}
		assertThat(pushed.stream().mapToInt(List::size).sum()).as("the filters select something").isPositive();
		running.forEach(Disposable::dispose);
	}

	@Test
	void aResumedSubscriptionReplaysWhatItMissedThenGoesLiveWithoutGapOrRepeat() {
		String word = "resume" + System.nanoTime();
		Map<String, Object> filter = Map.of("text", word);
		WebSocketGraphQlClient first = webSocket(null);
		List<String> firstIds = new ArrayList<>();
		List<String> firstCursors = new ArrayList<>();
		Disposable running = first.document(EVENT_RECORDED)
			.variable("filter", filter)
			.executeSubscription()
			.subscribe((response) -> {
				firstIds.add(response.field("eventRecorded.event.id").toEntity(String.class));
				firstCursors.add(response.field("eventRecorded.cursor").toEntity(String.class));
			});
		settle();
		List<String> recorded = new ArrayList<>();
		recorded.add(record(word, "ISR", "190", 31.5, 34.4, 0));
		recorded.add(record(word, "ISR", "190", 31.5, 34.4, 0));
		awaitSize(firstIds, 2);
		running.dispose();
		// Missed while away: more than one batch (flashpoint.changes.batch-size=7), each
		// with changes of other records between.
		for (int i = 0; i < 10; i++) {
			recorded.add(record(word, "PSE", "190", 31.5, 34.4, 0));
			record("other" + i, "PSE", "190", 31.5, 34.4, 0);
		}
		List<String> resumed = java.util.Collections.synchronizedList(new ArrayList<>());
		Disposable again = webSocket(null).document(EVENT_RECORDED)
			.variable("filter", filter)
			.variable("after", firstCursors.get(1))
			.executeSubscription()
			.subscribe((response) -> resumed.add(response.field("eventRecorded.event.id").toEntity(String.class)));
		// Written while the replay runs and after: live.
		ExecutorService writers = Executors.newFixedThreadPool(2);
		List<Future<String>> live = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			live.add(writers.submit(() -> record(word, "ISR", "190", 31.5, 34.4, 0)));
		}
		Set<String> liveIds = new HashSet<>();
		live.forEach((future) -> liveIds.add(join(future)));
		writers.shutdown();
		awaitSize(resumed, 16);
		settle();
		again.dispose();
		assertThat(firstIds).containsExactlyElementsOf(recorded.subList(0, 2));
		assertThat(resumed).hasSize(16).doesNotHaveDuplicates();
		assertThat(resumed.subList(0, 10)).containsExactlyElementsOf(recorded.subList(2, 12));
		assertThat(new HashSet<>(resumed.subList(10, 16))).isEqualTo(liveIds);
	}

	@Test
	void itemsComeInTheFeedsOrderWhileWritersRace() {
		String word = "race" + System.nanoTime();
		List<Change> pushed = java.util.Collections.synchronizedList(new ArrayList<>());
		Disposable running = webSocket(null)
			.document("subscription { changes(types: [EVENT]) { cursor node { recordId operation } } }")
			.executeSubscription()
			.subscribe((response) -> pushed.add(positionOf(response.field("changes.cursor").toEntity(String.class))));
		settle();
		ExecutorService writers = Executors.newFixedThreadPool(4);
		List<Future<String>> writes = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 12; i++) {
				writes.add(writers.submit(() -> record(word, "ISR", "190", 31.5, 34.4, 0)));
			}
		}
		writes.forEach(SubscriptionsTest::join);
		writers.shutdown();
		awaitSize(pushed, writes.size());
		settle();
		running.dispose();
		List<Long> positions = pushed.stream().map(Change::id).toList();
		assertThat(positions).hasSize(writes.size()).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void aCursorTooFarBehindOrOfAnEntryTheFeedDoesNotHoldIsRefusedWithCursorTooOld() {
		String word = "old" + System.nanoTime();
		record(word, "ISR", "190", 31.5, 34.4, 0);
		String cursor = lastCursor();
		// flashpoint.live.replay-limit=40: more changes than that follow the cursor.
		for (int i = 0; i < 41; i++) {
			record(word + i, "ISR", "190", 31.5, 34.4, 0);
		}
		assertRefused(webSocket(null), EVENT_RECORDED, Map.of("after", cursor), "CURSOR_TOO_OLD");
		String unknown = this.cursors.of(new Change(9_000_000L, RecordType.EVENT, "none", ChangeOperation.CREATED,
				Instant.parse("2023-10-07T00:00:00Z"), null, 0L));
		ResponseError error = assertRefused(webSocket(null), EVENT_RECORDED, Map.of("after", unknown),
				"CURSOR_TOO_OLD");
		assertThat(error.getMessage()).contains("resync through the changes query");
		assertThat(error.getExtensions()).containsEntry("resyncWith", "changes");
		// The pushed cursor pages the changes query, the way a client resyncs.
		Map<String, Object> page = this.http.document(
				"query($after: String) { changes(since: \"2000-01-01T00:00:00Z\", first: 5, after: $after) { edges { cursor } } }")
			.variable("after", cursor)
			.executeSync()
			.field("changes")
			.toEntity(Map.class);
		assertThat((List<?>) page.get("edges")).hasSize(5);
	}

	@Test
	void subscriptionsOverTheLimitsAreRefusedAndAClosedOneFreesItsPlace() {
		WebSocketGraphQlClient connection = webSocket(null);
		String query = "subscription { changes(types: [SOURCE]) { cursor } }";
		List<Disposable> open = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			open.add(connection.document(query).executeSubscription().subscribe());
		}
		settle();
		// flashpoint.live.max-per-connection=3
		assertRefused(connection, query, Map.of(), "TOO_MANY_SUBSCRIPTIONS");
		WebSocketGraphQlClient other = webSocket(null);
		open.add(other.document(query).executeSubscription().subscribe());
		open.add(other.document(query).executeSubscription().subscribe());
		settle();
		// flashpoint.live.max-per-caller=5, over both connections of this address
		assertRefused(other, query, Map.of(), "TOO_MANY_SUBSCRIPTIONS");
		open.remove(0).dispose();
		settle();
		Disposable again = other.document(query).executeSubscription().subscribe();
		settle();
		assertThat(this.subscriptions.open()).isEqualTo(5);
		again.dispose();
		open.forEach(Disposable::dispose);
	}

	@Test
	void aFilterTheApiCannotAnswerIsRefusedNamingTheArgumentBeforeAnythingIsPushed() {
		ResponseError error = assertRefused(webSocket(null), EVENT_RECORDED,
				Map.of("filter", Map.of("occurredFrom", "2023-10-09", "occurredTo", "2023-10-01")), "BAD_REQUEST");
		assertThat(error.getExtensions()).containsEntry("argument", "filter.occurredFrom");
		ResponseError cursor = assertRefused(webSocket(null), EVENT_RECORDED, Map.of("after", "AQAB"), "BAD_REQUEST");
		assertThat(cursor.getExtensions()).containsEntry("argument", "after");
	}

	@Test
	void importJobNeedsAdmin() {
		assertRefused(webSocket(null), "subscription { importJob(id: \"SW1wb3J0Sm9iOng\") { state } }", Map.of(),
				"UNAUTHORIZED");
		assertRefused(webSocket("Bearer " + TestApiKeys.keyFor(this.context, ApiRole.EDITOR)),
				"subscription { importJob(id: \"SW1wb3J0Sm9iOng\") { state } }", Map.of(), "FORBIDDEN");
	}

	@Test
	void escalationAlertsPushTheFlagsStateThenEachTimeItFiresOrClears() {
		// Iceland: no event of the demo dataset. One event a week for the four weeks
		// before this one makes a baseline of 1 a week; two this week are a surge.
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		java.time.LocalDate monday = today.with(java.time.DayOfWeek.MONDAY);
		List<String> baseline = new ArrayList<>();
		for (int week = 1; week <= 4; week++) {
			baseline.add(recordOn("alerts baseline", "ISL", monday.minusWeeks(week)));
		}
		String region = this.http.document("query($id: ID!) { node(id: $id) { ... on Event { region { id } } } }")
			.variable("id", baseline.get(0))
			.executeSync()
			.field("node.region.id")
			.toEntity(String.class);
		List<Map<String, Object>> alerts = java.util.Collections.synchronizedList(new ArrayList<>());
		Disposable running = webSocket(null).document("""
				subscription($within: ID!) {
				  escalationAlerts(within: $within, rules: [SURGE]) {
				    rule active changed cursor region { id } escalation { surge current asOf }
				  }
				}""")
			.variable("within", region)
			.executeSubscription()
			.subscribe((response) -> alerts.add(response.field("escalationAlerts").toEntity(Map.class)));
		awaitSize(alerts, 1);
		assertThat(alerts.get(0)).containsEntry("rule", "SURGE")
			.containsEntry("active", false)
			.containsEntry("changed", false);
		String firstThisWeek = recordOn("alerts this week", "ISL", today);
		settle();
		assertThat(alerts).as("one event this week against a baseline of 1: no surge yet").hasSize(1);
		String second = recordOn("alerts this week", "ISL", today);
		awaitSize(alerts, 2);
		assertThat(alerts.get(1)).containsEntry("active", true).containsEntry("changed", true);
		assertThat((Map<String, Object>) alerts.get(1).get("escalation")).containsEntry("current", 2)
			.containsEntry("surge", true);
		// The same figure as the query's, computed again.
		assertThat(this.http
			.document("query($id: ID!) { node(id: $id) { ... on Region { escalation { surge current } } } }")
			.variable("id", region)
			.executeSync()
			.field("node.escalation")
			.toEntity(Map.class)).containsEntry("surge", true).containsEntry("current", 2);
		this.http
			.document("mutation($input: DeleteEventInput!) { deleteEvent(input: $input) { userErrors { message } } }")
			.variable("input", Map.of("id", second))
			.executeSync();
		awaitSize(alerts, 3);
		assertThat(alerts.get(2)).containsEntry("active", false).containsEntry("changed", true);
		assertThat((String) alerts.get(2).get("cursor")).isNotBlank();
		assertThat(firstThisWeek).isNotNull();
		running.dispose();
	}

	private String recordOn(String summary, String country, java.time.LocalDate day) {
		Map<String, Object> input = Map.of("typeCode", "190", "occurredOn", day.toString(), "summary", summary,
				"location", Map.of("country", country, "name", "Alerts test"));
		ClientGraphQlResponse response = this.http.document(RECORD).variable("input", input).executeSync();
		assertThat(response.field("recordEvent.userErrors").toEntityList(Map.class)).isEmpty();
		return response.field("recordEvent.event.id").toEntity(String.class);
	}

	private ResponseError assertRefused(WebSocketGraphQlClient client, String document, Map<String, Object> variables,
			String classification) {
		// A refusal is graphql-ws's error message, which the client raises.
		List<ResponseError> errors = client.document(document)
			.variables(variables)
			.executeSubscription()
			.map(ClientGraphQlResponse::getErrors)
			.onErrorResume(SubscriptionErrorException.class, (ex) -> Flux.just(ex.getErrors()))
			.blockFirst(WAIT);
		assertThat(errors).as("errors of %s", document).isNotEmpty();
		ResponseError error = errors.get(0);
		assertThat(error.getErrorType().toString()).isEqualTo(classification);
		return error;
	}

	private WebSocketGraphQlClient webSocket(String authorization) {
		WebSocketGraphQlClient.Builder<?> builder = WebSocketGraphQlClient
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient());
		if (authorization != null) {
			builder.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", authorization));
				}
			});
		}
		WebSocketGraphQlClient client = builder.build();
		this.clients.add(client);
		return client;
	}

	private String record(String word, String country, String type, double lat, double lon, int fatalities) {
		Map<String, Object> input = Map.of("typeCode", type, "occurredOn", "2023-10-09", "summary", word + " event",
				"location", Map.of("country", country, "name", "Subscriptions test", "lat", lat, "lon", lon),
				"fatalities", Map.of("best", fatalities));
		ClientGraphQlResponse response = this.http.document(RECORD).variable("input", input).executeSync();
		assertThat(response.field("recordEvent.userErrors").toEntityList(Map.class)).isEmpty();
		return response.field("recordEvent.event.id").toEntity(String.class);
	}

	private List<String> listed(Map<String, Object> filter) {
		return this.http
			.document("query($filter: EventFilter) { events(filter: $filter, first: 100) { nodes { id } } }")
			.variable("filter", filter)
			.executeSync()
			.field("events.nodes")
			.toEntityList(Map.class)
			.stream()
			.map((node) -> (String) node.get("id"))
			.toList();
	}

	private String lastCursor() {
		return this.http.document("{ changes(since: \"2000-01-01T00:00:00Z\", last: 1) { edges { cursor } } }")
			.executeSync()
			.field("changes.edges[0].cursor")
			.toEntity(String.class);
	}

	private Change positionOf(String cursor) {
		FeedCursors.FeedPosition position = this.cursors.read("after", cursor);
		return new Change(position.position(), RecordType.EVENT, null, null, position.at(), null, null);
	}

	private String regionId(String key) {
		return org.flashpoint.core.GlobalId.of("Region", key).encode();
	}

	private static void awaitSize(List<?> list, int size) {
		awaitSize(list, size, "");
	}

	private static void awaitSize(List<?> list, int size, String what) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (list.size() < size && System.nanoTime() < deadline) {
			sleep(50);
		}
		assertThat(list).as("received within %s %s", WAIT, what).hasSizeGreaterThanOrEqualTo(size);
	}

	/**
	 * Long enough for a subscription to start, or for an item that should not come to
	 * come.
	 */
	private static void settle() {
		sleep(600);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static <T> T join(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
