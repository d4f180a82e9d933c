package org.flashpoint.activity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.TreeMap;

import org.bson.Document;
import org.flashpoint.WriteIntegrationTest;
import org.flashpoint.event.Event;
import org.flashpoint.event.EventMutationsTest;
import org.flashpoint.ingest.ImportFormat;
import org.flashpoint.ingest.ImportJob;
import org.flashpoint.ingest.ImportService;
import org.flashpoint.region.Region;
import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups follow every write path of events: starting from the seeded demo database,
 * rounds of a random mix (fixed seed) of recorded, corrected and deleted events, actor
 * merges and imports of the sample files (the same file again too, and over events an
 * editor corrected) leave the stored cells as a rebuild from the events makes them; and a
 * write's rollup is there when its mutation answers.
 */
@TestPropertySource(properties = { "spring.mongodb.database=flashpoint_rollups",
		"flashpoint.imports.spool-dir=target/import-spool" })
class RollupsFollowWritesTest extends WriteIntegrationTest {

	private static final String CREATE_ACTOR = """
			mutation($input: CreateActorInput!) {
			  createActor(input: $input) { actor { id } userErrors { field message code } }
			}""";

	private static final String MERGE = """
			mutation($input: MergeActorsInput!) {
			  mergeActors(input: $input) { actor { id } userErrors { field message code } }
			}""";

	private static final String REBUILD = "mutation { rebuildRollups { events cells } }";

	private static final String ACTIVITY = """
			query($id: ID!, $day: Date!) {
			  region(id: $id) { activity(from: $day, to: $day, interval: DAY) { events fatalities { best } } }
			}""";

	/** The small sample files, by format: each import a few seconds at most. */
	private static final List<String[]> FILES = List.of(
			new String[] { "GDELT", "gdelt/spark-gdelt_events_v2_100rows.tsv" },
			new String[] { "GDELT", "gdelt/spark-gdelt_eventsT_v2_translingual_100rows.tsv" },
			new String[] { "GDELT", "gdelt/spark-gdelt_events1_v1_mixed_eras_100rows.tsv" },
			new String[] { "UCDP", "ucdp/ged191_sample.csv" }, new String[] { "UCDP", "ucdp/ged231_sample.csv" },
			new String[] { "ACLED", "acled/synthetic_current_layout_utf-8.csv" },
			new String[] { "ACLED", "acled/synthetic_old_layout_windows-1252.csv" });

	private static final List<String> TYPES = List.of("042", "111", "173", "190", "195", "202");

	@Autowired
	private ActivityRebuild rebuild;

	@Autowired
	private ImportService imports;

	@Autowired
	private RollupsOnStartup onStartup;

	@TempDir
	private Path directory;

	@Test
	void incrementalRollupsEqualRebuiltOnesAfterEveryRoundOfMixedWrites() throws IOException {
		Random random = new Random(12);
		List<String> regions = this.mongo.findAll(Region.class).stream().map(Region::id).sorted().toList();
		List<String> recorded = new ArrayList<>();
		Map<String, Integer> operations = new TreeMap<>();
		assertThat(stored()).as("the seeded database's rollups").isEqualTo(rebuilt());
		for (int round = 0; round < 5; round++) {
			for (int write = 0; write < 8; write++) {
				int choice = random.nextInt(10);
				String operation = switch (choice) {
					case 0, 1 -> record(random, regions, recorded);
					case 2, 3, 4 -> update(random, regions, recorded);
					case 5 -> delete(random, recorded);
					case 6 -> merge(random, regions);
					default -> importFile(random);
				};
				operations.merge(operation, 1, Integer::sum);
			}
			Map<String, ActivityCell> incremental = stored();
			assertThat(incremental).as("round %d (%s so far)", round, operations).isEqualTo(rebuilt());
		}
		assertThat(operations).containsKeys("record", "update", "delete", "merge", "import");
	}

	@Test
	void aWritesRollupIsThereWhenItsMutationAnswers() {
		String gaza = id("Region", "gaza-strip");
		String middleEast = id("Region", "middle-east");
		String day = "2023-10-29";
		List<Long> before = List.of(activity(gaza, day).get(0), activity(middleEast, day).get(0));
		Map<String, Object> input = new HashMap<>(EventMutationsTest.validEvent());
		input.put("occurredOn", day);
		input.put("region", gaza);
		input.put("fatalities", Map.of("best", 7));
		String eventId = written(mutate(ApiRole.EDITOR, EventMutationsTest.RECORD, input), "recordEvent", "event.id");
		assertThat(activity(gaza, day)).containsExactly(before.get(0) + 1, activity(gaza, day).get(1));
		assertThat(activity(middleEast, day).get(0)).isEqualTo(before.get(1) + 1);
		long deaths = activity(gaza, day).get(1);

		written(mutate(ApiRole.EDITOR, EventMutationsTest.UPDATE,
				Map.of("id", eventId, "expectedVersion", version(eventId), "fatalities", Map.of("best", 12))),
				"updateEvent", "event.id");
		assertThat(activity(gaza, day)).containsExactly(before.get(0) + 1, deaths + 5);

		mutate(ApiRole.ADMIN, EventMutationsTest.DELETE, Map.of("id", eventId)).errors().verify();
		assertThat(activity(gaza, day)).containsExactly(before.get(0), deaths - 7);
		assertThat(activity(middleEast, day).get(0)).isEqualTo(before.get(1));
	}

	@Test
	void rollupsOfAnEarlierLayoutAreCountedAgainAtStartup() {
		Map<String, ActivityCell> current = stored();
		var activity = this.mongo.getCollection(RollupDocuments.COLLECTION);
		activity.deleteOne(new Document("_id", RollupDocuments.LAYOUT_ID));
		String earlier = "r:gaza-strip|2023-10-07|MATERIAL_CONFLICT|19|GDELT";
		activity.insertOne(new Document("_id", earlier).append("regionId", "gaza-strip")
			.append("day", "2023-10-07")
			.append("events", 3));
		this.onStartup.countWhatWasLoadedWithoutTheWritePath();
		assertThat(activity.find(new Document("_id", earlier)).first()).isNull();
		assertThat(activity.find(new Document("_id", RollupDocuments.LAYOUT_ID)).first()).containsEntry("version",
				RollupDocuments.LAYOUT_VERSION);
		assertThat(stored()).isEqualTo(current);
	}

	@Test
	void twoWritersAtOnceOnTheSameDayAndPlaceLoseNoCount() throws Exception {
		ExecutorService writers = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				Map<String, Object> input = new HashMap<>(EventMutationsTest.validEvent());
				input.put("occurredOn", "2023-10-30");
				input.put("region", id("Region", "gaza-strip"));
				input.put("fatalities", Map.of("best", 3, "low", 1));
				input.put("location",
						Map.of("name", "Khan Younis", "country", "PSE", "admin1", "Gaza", "lat", 31.34, "lon", 34.3));
				Callable<Integer> writer = () -> {
					List<String> mine = new ArrayList<>();
					for (int write = 0; write < 5; write++) {
						mine.add(written(mutate(ApiRole.EDITOR, EventMutationsTest.RECORD, input), "recordEvent",
								"event.id"));
					}
					for (String eventId : mine.subList(0, 2)) {
						mutate(ApiRole.ADMIN, EventMutationsTest.DELETE, Map.of("id", eventId)).errors().verify();
					}
					return mine.size();
				};
				List<Future<Integer>> both = writers.invokeAll(List.of(writer, writer));
				for (Future<Integer> done : both) {
					assertThat(done.get()).isEqualTo(5);
				}
				assertThat(stored()).as("round %d", round).isEqualTo(rebuilt());
			}
		}
		finally {
			writers.shutdownNow();
		}
	}

	@Test
	void onlyAnAdminRebuildsTheRollups() {
		for (ApiRole role : List.of(ApiRole.READER, ApiRole.EDITOR)) {
			as(role).document(REBUILD)
				.execute()
				.errors()
				.expect((error) -> error.getErrorType().toString().equals("FORBIDDEN"))
				.verify();
		}
		GraphQlTester.Traversable response = as(ApiRole.ADMIN).document(REBUILD).execute().errors().verify();
		response.path("rebuildRollups.events").entity(Long.class).isEqualTo(this.mongo.count(new Query(), Event.class));
		response.path("rebuildRollups.cells")
			.entity(Long.class)
			.isEqualTo(this.mongo.count(Query.query(Criteria.where("kind").in("DAY", "MONTH", "YEAR")),
					RollupDocuments.COLLECTION));
	}

	private String record(Random random, List<String> regions, List<String> recorded) {
		Map<String, Object> input = new HashMap<>(EventMutationsTest.validEvent());
		input.put("typeCode", pick(random, TYPES));
		input.put("occurredOn", day(random).toString());
		input.put("region", id("Region", pick(random, regions)));
		input.put("fatalities", Map.of("best", 10 + random.nextInt(50), "low", random.nextInt(10)));
		if (random.nextBoolean()) {
			input.put("location",
					Map.of("name", "Khan Younis", "country", "PSE", "admin1", "Gaza", "lat", 31.34, "lon", 34.3));
		}
		recorded.add(written(mutate(ApiRole.EDITOR, EventMutationsTest.RECORD, input), "recordEvent", "event.id"));
		return "record";
	}

	/**
	 * Corrects a recorded, seeded or imported event: its date, region, fatalities or
	 * type.
	 */
	private String update(Random random, List<String> regions, List<String> recorded) {
		String eventId = (!recorded.isEmpty() && random.nextBoolean()) ? pick(random, recorded)
				: id("Event", pick(random, this.mongo.findAll(Event.class)).id());
		Map<String, Object> input = new HashMap<>();
		input.put("id", eventId);
		input.put("expectedVersion", version(eventId));
		switch (random.nextInt(4)) {
			case 0 -> input.put("occurredOn", day(random).toString());
			case 1 -> input.put("region", id("Region", pick(random, regions)));
			case 2 -> input.put("fatalities", Map.of("best", 10 + random.nextInt(90), "low", random.nextInt(10), "high",
					100 + random.nextInt(9)));
			default -> input.put("typeCode", pick(random, TYPES));
		}
		written(mutate(ApiRole.EDITOR, EventMutationsTest.UPDATE, input), "updateEvent", "event.id");
		return "update";
	}

	private String delete(Random random, List<String> recorded) {
		String eventId = recorded.isEmpty() ? id("Event", pick(random, this.mongo.findAll(Event.class)).id())
				: recorded.remove(random.nextInt(recorded.size()));
		assertThat(userErrors(mutate(ApiRole.ADMIN, EventMutationsTest.DELETE, Map.of("id", eventId)), "deleteEvent"))
			.isEmpty();
		return "delete";
	}

	/** Two new actors with events of their own, one merged into the other. */
	private String merge(Random random, List<String> regions) {
		List<String> actors = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			actors.add(written(
					mutate(ApiRole.EDITOR, CREATE_ACTOR,
							Map.of("name", "Brigade " + random.nextInt(1_000_000), "kind", "ARMED_GROUP")),
					"createActor", "actor.id"));
		}
		for (int i = 0; i < 3; i++) {
			Map<String, Object> input = new HashMap<>(EventMutationsTest.validEvent());
			input.put("occurredOn", day(random).toString());
			input.put("region", id("Region", pick(random, regions)));
			input.put("initiator", actors.get(i % 2));
			input.put("target", (i == 2) ? actors.get(0) : id("Actor", "hamas"));
			written(mutate(ApiRole.EDITOR, EventMutationsTest.RECORD, input), "recordEvent", "event.id");
		}
		written(mutate(ApiRole.ADMIN, MERGE, Map.of("into", actors.get(0), "from", List.of(actors.get(1)))),
				"mergeActors", "actor.id");
		return "merge";
	}

	private String importFile(Random random) throws IOException {
		String[] file = pick(random, FILES);
		Path path = this.directory.resolve(Path.of(file[1]).getFileName());
		if (!Files.exists(path)) {
			Files.write(path, new ClassPathResource(file[1]).getContentAsByteArray());
		}
		ImportJob job = this.imports.importFile(ImportFormat.valueOf(file[0]), path, (progress) -> {
		});
		assertThat(job.failure()).as(file[1]).isNull();
		return "import";
	}

	/** Days of the seed article's weeks, so that writes meet each other's cells. */
	private static LocalDate day(Random random) {
		return LocalDate.of(2023, 10, 7).plusDays(random.nextInt(21));
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String written(GraphQlTester.Response response, String mutation, String path) {
		assertThat(userErrors(response, mutation)).as(mutation).isEmpty();
		return response.path(mutation + "." + path).entity(String.class).get();
	}

	private long version(String eventId) {
		return this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Event { version } } }")
			.variable("id", eventId)
			.execute()
			.path("node.version")
			.entity(Long.class)
			.get();
	}

	/**
	 * [events, fatalities best] of the region on the day, as {@code Region.activity}
	 * answers.
	 */
	private List<Long> activity(String regionId, String day) {
		GraphQlTester.Traversable response = this.graphQl.document(ACTIVITY)
			.variable("id", regionId)
			.variable("day", day)
			.execute()
			.errors()
			.verify();
		return List.of(response.path("region.activity[0].events").entity(Long.class).get(),
				response.path("region.activity[0].fatalities.best").entity(Long.class).get());
	}

	private Map<String, ActivityCell> rebuilt() {
		Map<String, DaySpan> incremental = StoredCells.spans(this.mongo);
		this.rebuild.rebuild();
		// Spans only widen: the incremental ones hold at least the days the events span.
		StoredCells.spans(this.mongo)
			.forEach((place, span) -> assertThat(incremental.get(place)).as("span of %s", place)
				.isNotNull()
				.satisfies((kept) -> assertThat(kept.union(span)).isEqualTo(kept)));
		return stored();
	}

	private Map<String, ActivityCell> stored() {
		return StoredCells.counting(this.mongo);
	}

}
