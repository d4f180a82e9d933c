package org.flashpoint.integrity;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.flashpoint.FlashpointApplication;
import org.flashpoint.WriteIntegrationTest;
import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code integrityReport} and {@code java -jar flashpoint.jar check}: the demo data is
 * intact; references broken on purpose, one of every kind, are each found, counted and
 * shown with the record that holds them.
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_integrity")
class IntegrityCheckTest extends WriteIntegrationTest {

	static final String REPORT = """
			{ integrityReport { intact counts { collection documents }
			    broken { field targetType count examples { recordType recordKey missingKey } } } }""";

	@TempDir
	Path directory;

	@Test
	void findsEveryKindOfBrokenReferenceAndCountsTheCollections() {
		Map<?, ?> intact = report();
		assertThat(intact.get("intact")).isEqualTo(true);
		assertThat(intact.get("broken")).isEqualTo(List.of());
		assertThat(intact.get("counts")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.contains(Map.of("collection", "actors", "documents",
					(double) this.mongo.getCollection("actors").countDocuments()));

		breakOneOfEach(this.mongo);
		Map<?, ?> broken = report();
		assertThat(broken.get("intact")).isEqualTo(false);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> fields = (List<Map<String, Object>>) broken.get("broken");
		assertThat(fields).extracting((field) -> field.get("field"))
			.containsExactlyInAnyOrder("Event.initiatorId", "Event.participants.actorId", "Event.actorIds",
					"Event.regionId", "Event.reports.sourceId", "Event.links.eventId", "Statement.speakerId",
					"Statement.aboutEventIds", "Actor.affiliationIds", "Actor.roles.organizationId", "Region.parentId",
					"Tombstone.mergedInto");
		assertThat(fields).filteredOn((field) -> field.get("field").equals("Event.initiatorId"))
			.singleElement()
			.satisfies((field) -> {
				assertThat(field).containsEntry("targetType", "Actor").containsEntry("count", 1.0);
				assertThat(field.get("examples")).isEqualTo(List
					.of(Map.of("recordType", "Event", "recordKey", "broken-event", "missingKey", "no-such-actor")));
			});
	}

	@Test
	void onlyAdminsMayRunIt() {
		as(ApiRole.EDITOR).document(REPORT)
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("FORBIDDEN"))
			.verify()
			.path("integrityReport")
			.pathDoesNotExist();
		this.graphQl.document(REPORT)
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("UNAUTHORIZED"))
			.verify();
	}

	@Test
	void theCheckCommandExitsZeroOnAnIntactDatabaseAndOneWithWhatIsBroken() throws Exception {
		Path file = this.directory.resolve("flashpoint.mv");
		String[] store = { "flashpoint.embedded.storage=file", "flashpoint.embedded.file=" + file };
		try (ConfigurableApplicationContext seeded = new SpringApplicationBuilder(FlashpointApplication.class)
			.web(WebApplicationType.NONE)
			.properties(store)
			.run()) {
			assertThat(seeded.getBean(MongoTemplate.class).getCollection("actors").countDocuments()).isPositive();
		}
		Outcome intact = check(store);
		assertThat(intact.exitCode()).isZero();
		assertThat(intact.out()).contains("Every reference resolves.").containsPattern("actors\\s+18");

		try (ConfigurableApplicationContext writer = new SpringApplicationBuilder(FlashpointApplication.class)
			.web(WebApplicationType.NONE)
			.properties(store)
			.properties("flashpoint.seed=false")
			.run()) {
			breakOneOfEach(writer.getBean(MongoTemplate.class));
		}
		Outcome broken = check(store);
		assertThat(broken.exitCode()).isEqualTo(1);
		assertThat(broken.out()).contains("BROKEN Event.initiatorId: 1 references to no Actor")
			.contains("Event broken-event -> no-such-actor")
			.contains("BROKEN Region.parentId: 1 references to no Region");
	}

	private Map<?, ?> report() {
		return as(ApiRole.ADMIN).document(REPORT)
			.execute()
			.errors()
			.verify()
			.path("integrityReport")
			.entity(Map.class)
			.get();
	}

	/**
	 * Writes, past the API, one record of each kind whose references resolve to nothing.
	 */
	static void breakOneOfEach(MongoTemplate mongo) {
		mongo.getCollection("events")
			.insertOne(new Document("_id", "broken-event").append("initiatorId", "no-such-actor")
				.append("targetId", "israel")
				.append("participants", List.of(new Document("actorId", "no-such-participant").append("role", "ALLY")))
				.append("actorIds", List.of("israel", "no-such-participant"))
				.append("regionId", "no-such-region")
				.append("reports", List.of(new Document("sourceId", "no-such-source")))
				.append("links", List.of(new Document("type", "RESPONDS_TO").append("eventId", "no-such-event"))));
		mongo.getCollection("statements")
			.insertOne(new Document("_id", "broken-statement").append("speakerId", "no-such-speaker")
				.append("aboutEventIds", List.of("no-such-event")));
		mongo.getCollection("actors")
			.insertOne(new Document("_id", "broken-actor").append("name", "Broken")
				.append("affiliationIds", List.of("no-such-organisation"))
				.append("roles",
						List.of(new Document("title", "Envoy").append("organizationId", "no-such-organisation"))));
		mongo.getCollection("regions")
			.insertOne(new Document("_id", "broken-region").append("name", "Nowhere")
				.append("parentId", "no-such-region"));
		mongo.getCollection("tombstones")
			.insertOne(new Document("_id", "ACTOR:gone").append("recordType", "ACTOR")
				.append("recordKey", "gone")
				.append("mergedInto", "no-such-successor"));
	}

	private record Outcome(int exitCode, String out) {

	}

	/**
	 * What {@code FlashpointApplication.main} does for {@code check}, without its
	 * {@code System.exit}.
	 */
	private static Outcome check(String... properties) {
		PrintStream out = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			ConfigurableApplicationContext context = FlashpointApplication.command("check")
				.orElseThrow()
				.properties(properties)
				.run();
			return new Outcome(SpringApplication.exit(context), captured.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
		}
	}

}
